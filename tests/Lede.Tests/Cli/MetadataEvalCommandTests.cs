using System.Text;
using System.Text.Json;
using Lede.Cli.Eval;

namespace Lede.Tests.Cli;

public sealed class MetadataEvalCommandTests
{
    // Two real pages, annotated as the repository's gold file has them.
    private const string TwoPages = """
        [
          {"id": "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4",
           "url": "https://www.thespacereview.com/article/3834/1",
           "title": "Seeking a bigger role for a big rocket", "authors": ["Jeff Foust"], "publisher": null,
           "published": "2019-11-18", "siteName": "The Space Review", "language": "en", "note": "test"},
          {"id": "70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2",
           "url": "https://www.bbc.com/news/newsbeat-50470672",
           "title": "Taylor Swift is allowed to play her music at the AMAs after all", "authors": [], "publisher": null,
           "published": "2019-11-19", "siteName": "BBC News", "language": "en", "note": "test"}
        ]
        """;

    [SkippableFact]
    public void ScoresTheGivenGoldFileAndWritesAReport()
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, "the ScrapingHub benchmark data is absent");
        var gold = TempFolder.File("gold.json", Encoding.UTF8.GetBytes(TwoPages));
        var report = Path.Combine(TempFolder.Create(), "report.json");

        var run = CliProcess.Run("eval", "metadata", root, "--gold", gold, "--out", report);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lede balanced: 2 gold pages in ", run.Stdout);
        Assert.Matches(@"\ntitle\s+\d\.\d{3}\s+\d/2  \(ignoring case and punctuation: \d\.\d{3}\)\n", run.Stdout);
        foreach (var field in new[] { "authors", "published", "siteName", "language" })
            Assert.Matches($@"\n{field}\s+\d\.\d{{3}}\s+\d/2\n", run.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        Assert.Equal(2, json.RootElement.GetProperty("pages").GetInt32());
        Assert.Equal(5 + 1, json.RootElement.GetProperty("accuracy").EnumerateObject().Count());
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4", results[0].GetProperty("id").GetString());
        // Every miss in the report is a line of the table.
        foreach (var miss in results.SelectMany(r => r.GetProperty("misses").EnumerateArray()))
            Assert.Contains($"  {miss.GetProperty("field").GetString()} ", run.Stdout);
    }

    [SkippableFact]
    public void FindsTheRepositoryGoldFileAndTheSharedDataByItself()
    {
        Skip.If(SharedData.ScrapingHub is null, "the ScrapingHub benchmark data is absent");
        var goldCount = MetadataGold.Load(MetadataGold.DefaultPath()!).Count;

        var run = CliProcess.Run("eval", "metadata", "--out", Path.Combine(TempFolder.Create(), "r.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"lede balanced: {goldCount} gold pages in ", run.Stdout);
        Assert.Contains(MetadataGold.RepositoryPath, run.Stdout);
    }

    [Fact]
    public void AMissingGoldFileIsOneLineAndExitOne()
    {
        var run = CliProcess.Run("eval", "metadata", TempFolder.Create(), "--gold", Path.Combine(TempFolder.Create(), "none.json"));

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "none.json");
    }

    [Fact]
    public void AGoldPageMissingFromTheBenchmarkIsOneLineAndExitOne()
    {
        var gold = TempFolder.File("gold.json", Encoding.UTF8.GetBytes("""[{"id": "nothere", "title": "T", "authors": [], "language": "en"}]"""));

        var run = CliProcess.Run("eval", "metadata", TempFolder.Create(), "--gold", gold);

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "nothere");
    }

    [Fact]
    public void AnUnknownPresetIsAUsageError()
    {
        var run = CliProcess.Run("eval", "metadata", "--preset", "fastest");

        Assert.Equal(2, run.ExitCode);
    }
}
