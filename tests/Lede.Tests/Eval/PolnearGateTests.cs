using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

/// <summary>
/// The quotation gate: detection and attribution on PolNeAR must not fall below the floors pinned here. Floors sit a
/// little under the figures measured when they were set (README, "Quotations"); raise them when the stage improves.
/// </summary>
public sealed class PolnearGateTests
{
    [SkippableTheory]
    // split, floor on precision, recall, F1, attribution — measured: dev 0.966/0.945/0.955/0.866, train 0.944/0.943/0.943/0.882
    [InlineData("dev", 0.955, 0.935, 0.950, 0.860)]
    [InlineData("train", 0.935, 0.932, 0.935, 0.870)]
    public void PolnearScoresStayAboveTheirFloors(string split, double precision, double recall, double f1, double attribution)
    {
        var root = SharedData.Polnear;
        Skip.If(root is null, $"the PolNeAR data is absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");

        var totals = PolnearRun.Run(root, split, TextWriter.Null, details: false, CancellationToken.None).Totals;

        Assert.True(totals.Precision >= precision, $"{split}: precision {totals.Precision:0.0000} < floor {precision}");
        Assert.True(totals.Recall >= recall, $"{split}: recall {totals.Recall:0.0000} < floor {recall}");
        Assert.True(totals.F1 >= f1, $"{split}: F1 {totals.F1:0.0000} < floor {f1}");
        Assert.True(totals.Attribution >= attribution, $"{split}: attribution {totals.Attribution:0.0000} < floor {attribution}");
    }
}
