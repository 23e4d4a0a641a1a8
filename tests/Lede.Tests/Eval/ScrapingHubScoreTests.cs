using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

/// <summary>
/// The scorer against the benchmark's own published figures: scoring the peers' outputs must give the F1
/// the benchmark reports for them, or our figures for Lede are not comparable.
/// </summary>
public sealed class ScrapingHubScoreTests
{
    [SkippableTheory]
    [InlineData("trafilatura", 0.958)]
    [InlineData("rs_trafilatura", 0.970)]
    [InlineData("readability_js", 0.947)]
    [InlineData("go_trafilatura", 0.960)]
    [InlineData("goose3", 0.896)]
    public void PeersScoreTheirPublishedF1(string peer, double f1)
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, $"the ScrapingHub benchmark data is absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");
        var data = ScrapingHubData.Load(root);

        var score = ScoredSubject.Score(peer, data.Truth, PredictionsFile.Read(Path.Combine(root, "peers", peer + ".json")));

        Assert.Equal(181, score.Total.Pages);
        Assert.InRange(score.Total.F1, f1 - 0.001, f1 + 0.001);
    }

    [SkippableFact]
    public void BothPredictionShapesRead()
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, "the ScrapingHub benchmark data is absent");

        // newspaper.json is the bare {id: {articleBody}} shape; trafilatura.json has {version, output}.
        var bare = PredictionsFile.Read(Path.Combine(root, "peers", "newspaper.json"));
        var wrapped = PredictionsFile.Read(Path.Combine(root, "peers", "trafilatura.json"));

        Assert.True(bare.Count > 150, $"{bare.Count} pages");
        Assert.True(wrapped.Count > 150, $"{wrapped.Count} pages");
        Assert.DoesNotContain("output", wrapped.Keys);
    }
}
