using System.Text;
using System.Text.Json;
using Lede.Cli.Commands;

namespace Lede.Tests.Cli;

/// <summary>
/// The conventions every command keeps, run through the built command: usage errors in two lines on stderr,
/// option values in any case and their short forms, warnings for flags the format ignores, JSON for every status.
/// </summary>
public sealed class CliConventionTests
{
    [Theory]
    [InlineData("Unrecognized command or argument '--bad'", "lede extract", "extract", "page.html", "--bad")]
    [InlineData("--format must be text, markdown, html or json, not 'pdf'", "lede extract", "extract", "--format", "pdf", "page.html")]
    [InlineData("--preset must be balanced, precision or recall, not 'fast'", "lede extract", "extract", "page.html", "--preset", "fast")]
    [InlineData("Required argument missing", "lede extract", "extract")]
    [InlineData("frobnicate", "lede", "frobnicate")]
    [InlineData("--split must be dev or train, not 'test'", "lede eval polnear", "eval", "polnear", "--split", "test")]
    [InlineData("--format must be jsonl or text, not 'csv'", "lede batch", "batch", "in.jsonl", "-o", "out", "--format", "csv")]
    [InlineData("--jobs must be at least 1", "lede batch", "batch", "in.jsonl", "-o", "out", "--jobs", "0")]
    public void AUsageErrorIsOneLineAndAHintOnStderrAndNothingOnStdout(string mentions, string command, params string[] args)
        => CliAssert.UsageError(CliProcess.Run(args), mentions, command);

    [Fact]
    public void HelpIsWrittenOnlyWhenAskedFor()
    {
        var help = CliProcess.Run("extract", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:", help.Stdout);
        Assert.Equal("", help.Stderr);
        Assert.DoesNotContain("Usage:", CliProcess.Run("extract", "x.html", "--bad").Stderr);
    }

    [Theory]
    [InlineData("text", "TXT")]
    [InlineData("text", "Text")]
    [InlineData("markdown", "md")]
    [InlineData("markdown", "MarkDown")]
    [InlineData("json", "JSON")]
    public void FormatsAreReadInAnyCaseAndByTheirShortNames(string canonical, string given)
    {
        var page = TempFolder.File("story.html", TestPages.FigureStory);

        var expected = CliProcess.Run("extract", page, "--format", canonical);
        var run = CliProcess.Run("extract", page, "-f", given);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.Stdout, run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void PresetsAreReadInAnyCase()
    {
        var page = TempFolder.File("story.html", TestPages.FigureStory);

        var recall = CliProcess.Run("extract", page, "--preset", "recall", "-f", "json");
        var upper = CliProcess.Run("extract", page, "--preset", "Recall", "-f", "json");
        var batch = CliProcess.Run("batch", page, "-o", TempFolder.Create(), "--preset", "PRECISION", "--format", "Text", "--quiet");

        Assert.Equal(0, upper.ExitCode);
        Assert.Equal(recall.Stdout, upper.Stdout);
        Assert.Equal(0, batch.ExitCode);
    }

    [Fact]
    public void HelpListsTheCanonicalNamesOnly()
    {
        var help = CliProcess.Run("extract", "--help").Stdout;

        Assert.Contains("--format <text|markdown|html|json>", help);
        Assert.Contains("--preset <balanced|precision|recall>", help);
        Assert.DoesNotContain("md", help.Replace("markdown", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "--no-front-matter")]
    [InlineData("text", "--related")]
    [InlineData("text", "--quotes")]
    [InlineData("markdown", "--figures")]
    [InlineData("json", "--figures")]
    [InlineData("json", "--no-front-matter")]
    public void AFlagTheFormatIgnoresIsWarnedOfAndChangesNothing(string format, string flag)
    {
        var page = TempFolder.File("story.html", TestPages.FigureStory);

        var without = CliProcess.Run("extract", page, "--format", format);
        var with = CliProcess.Run("extract", page, "--format", format, flag);

        Assert.Equal(0, with.ExitCode);
        Assert.Equal(without.Stdout, with.Stdout);
        Assert.Equal($"lede: warning: {flag} has no effect with --format {format}\n", with.Stderr);
    }

    [Fact]
    public void AFlagTheFormatUsesIsNotWarnedOf()
    {
        var page = TempFolder.File("story.html", TestPages.FigureStory);

        Assert.Equal("", CliProcess.Run("extract", page, "--figures").Stderr);
        Assert.Equal("", CliProcess.Run("extract", page, "-f", "md", "--related", "--quotes", "--no-front-matter").Stderr);
    }

    [Fact]
    public void CleanWarnsOfIgnoredFlagsToo()
    {
        var text = TempFolder.File("story.txt", Encoding.UTF8.GetBytes(TestPages.Sentence + "\n\n" + TestPages.FigureStoryEnd + "\n"));

        var run = CliProcess.Run("clean", text, "--related");

        Assert.StartsWith("lede: warning: --related has no effect with --format text\n", run.Stderr);
    }

    [Fact]
    public void JsonIsWrittenForInputThatIsNotHtml()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);

        var run = CliProcess.Run("extract", TempFolder.File("noise.html", noise), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("notHtml", json.GetProperty("status").GetString());
        Assert.Contains("not HTML", json.GetProperty("reason").GetString());
        Assert.False(json.TryGetProperty("article", out _));
        CliAssert.OneErrorLine(run, "not HTML");
    }

    [Fact]
    public void JsonIsWrittenForInputOverTheCap()
    {
        // 17 MB of spaces gzip to some 17 kB: a small file over the 16 MiB cap once inflated.
        var bomb = TestPages.Gzip(Encoding.ASCII.GetBytes(new string(' ', 17 * 1024 * 1024)));

        var run = CliProcess.Run("extract", TempFolder.File("bomb.html.gz", bomb), "--format", "json");
        var text = CliProcess.Run("extract", TempFolder.File("bomb.html.gz", bomb));

        Assert.Equal(1, run.ExitCode);
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal("tooLarge", json.GetProperty("status").GetString());
        Assert.Contains("over the limit", json.GetProperty("reason").GetString());
        CliAssert.OneErrorLine(run, "over the limit");
        Assert.Equal(1, text.ExitCode);
        Assert.Equal("", text.Stdout);
    }

    [Fact]
    public void JsonIsWrittenForAPageWithoutText()
    {
        var run = CliProcess.Run(TestPages.Blank, "extract", "-", "--format", "json");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("empty", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void AMissingFileHasNoResultToWrite()
    {
        var run = CliProcess.Run("extract", Path.Combine(TempFolder.Create(), "gone.html"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        CliAssert.OneErrorLine(run, "gone.html");
    }

    [Fact]
    public void AFetchTimeoutIsATimeoutResult()
    {
        // A live fetch timeout takes 20 s; the command maps the fetch's TimeoutException through this.
        var result = ArticleOutput.FailureResult(new TimeoutException("fetching http://x/ took longer than 20 s"));

        Assert.Equal(ExtractionStatus.Timeout, result?.Status);
        Assert.Equal("fetching http://x/ took longer than 20 s", result?.Reason);
        Assert.Null(ArticleOutput.FailureResult(new FileNotFoundException("no")));
    }
}
