using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

/// <summary>
/// The date gate: the publication day on htmldate's 346 date-annotated pages (<c>lede eval dates</c>, the pages' bytes
/// without their URLs, as htmldate's own evaluation runs) must not fall below the floors pinned here. Measured when set:
/// accuracy 0.910 (htmldate 1.9 with extensive search: 0.910), precision 0.954 (htmldate: 0.924).
/// </summary>
public sealed class DatesGateTests
{
    [SkippableFact]
    public void HtmldatePagesStayAboveTheirFloors()
    {
        var root = SharedData.HtmldateDates;
        Skip.If(root is null, $"the htmldate date pages are absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");

        var scores = DateScores.Of(DatesRun.Run(root, DatesRun.Load(root), withUrl: false, CancellationToken.None));

        Assert.Equal(346, scores.Pages);
        Assert.True(scores.Accuracy >= 0.905, $"accuracy {scores.Accuracy:0.0000} < floor 0.905");
        Assert.True(scores.Precision >= 0.945, $"precision {scores.Precision:0.0000} < floor 0.945");
    }
}
