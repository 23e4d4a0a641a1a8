namespace Lede.Tests.Cli;

/// <summary><c>lede eval polnear DIR --split dev</c> on a one-article split written by the test.</summary>
public sealed class PolnearEvalCommandTests
{
    [Fact]
    public void ScoresASplitAndReportsDetectionAndAttribution()
    {
        const string text = "Vote day\n\nAna Ruiz said, “We will win this county by a mile.”\n\nThe polls close at eight.";
        int open = text.IndexOf('“');
        int close = text.IndexOf('”');
        var root = TempFolder.Create();
        Directory.CreateDirectory(Path.Combine(root, "dev", "text"));
        Directory.CreateDirectory(Path.Combine(root, "dev", "attributions"));
        File.WriteAllText(Path.Combine(root, "dev", "text", "story.txt"), text);
        File.WriteAllLines(Path.Combine(root, "dev", "attributions", "story_a1.ann"),
        [
            $"T1\tSource 10 18\tAna Ruiz",
            $"T2\tCue 19 23\tsaid",
            $"T3\tContent {open} {close + 1}\t…",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        ]);

        var run = CliProcess.Run("eval", "polnear", root, "--split", "dev");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("PolNeAR dev (through Extractor.Clean): 1 articles, 1 gold quotations, 1 found, 1 matched", run.Stdout);
        Assert.Contains("detection    P 1.000  R 1.000  F1 1.000", run.Stdout);
        Assert.Contains("attribution  1.000  (1 of 1", run.Stdout);
    }

    [Fact]
    public void AMissingSplitIsABadInput()
    {
        var run = CliProcess.Run("eval", "polnear", TempFolder.Create(), "--split", "train");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no PolNeAR split", run.Stderr);
    }
}
