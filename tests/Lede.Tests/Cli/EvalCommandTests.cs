using System.Text.Json;
using Lede.Cli.Eval;

namespace Lede.Tests.Cli;

public sealed class EvalCommandTests
{
    [SkippableFact]
    public void ScoresAPeerFileWithoutRunningLede()
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, "the ScrapingHub benchmark data is absent");

        var run = CliProcess.Run("eval", "scrapinghub", root, "--peer", Path.Combine(root, "peers", "trafilatura.json"), "--worst", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("trafilatura: worst 3 of 181 pages by F1", run.Stdout);
        // The totals list the given file first, then the peers, each scored by the same code.
        var totals = run.Stdout[run.Stdout.IndexOf("totals", StringComparison.Ordinal)..].Split('\n');
        Assert.StartsWith("trafilatura ", totals[1]);
        Assert.Contains(" 0.958 ", totals[1]);
        Assert.Contains(totals, line => line.StartsWith("rs_trafilatura ", StringComparison.Ordinal) && line.Contains(" 0.970 "));
    }

    [SkippableFact]
    public void RunsLedeOnTheSharedDataAndWritesPredictions()
    {
        Skip.If(SharedData.ScrapingHub is null, "the ScrapingHub benchmark data is absent");
        var predictions = Path.Combine(TempFolder.Create(), "lede.json");

        // No DIR: the command finds the shared data itself.
        var run = CliProcess.Run("eval", "scrapinghub", "--predictions", predictions, "--worst", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lede balanced: 181 pages in ", run.Stdout);
        Assert.Contains("docs/s", run.Stdout);
        Assert.Contains("lede balanced: worst 5 of 181 pages by F1", run.Stdout);
        Assert.Matches(@"\nlede balanced\s+\d\.\d{3}\s+\d\.\d{3}\s+\d\.\d{3}\s+181\n", run.Stdout);
        using var json = JsonDocument.Parse(File.ReadAllBytes(predictions));
        Assert.Equal(181, json.RootElement.GetProperty("output").EnumerateObject().Count());
    }

    [Fact]
    public void MissingFolderIsOneLineAndExitOne()
    {
        var run = CliProcess.Run("eval", "scrapinghub", Path.Combine(TempFolder.Create(), "none"));

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "none");
    }

    [Fact]
    public void NegativeWorstIsAUsageError()
    {
        var run = CliProcess.Run("eval", "scrapinghub", "--worst", "-1");

        Assert.Equal(2, run.ExitCode);
    }
}
