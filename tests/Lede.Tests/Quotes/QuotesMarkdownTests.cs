using Lede.Tests.Cli;

namespace Lede.Tests.Quotes;

/// <summary>The optional Quotes section of the Markdown, in the library and behind <c>extract --quotes</c>.</summary>
public sealed class QuotesMarkdownTests
{
    [Fact]
    public void ListsEachQuotationWithItsSpeakerAndHow()
    {
        var article = QuoteSamples.Result().Article!;

        var markdown = MarkdownWriter.Write(article, new MarkdownOptions { IncludeQuotes = true });

        Assert.EndsWith(
            "## Quotes\n\n- “We were ready, The crews shouted ‘Hold the line!’ and they did.” — Ann Lee (told reporters, via a statement)\n",
            markdown);
    }

    [Fact]
    public void LeavesTheSectionOutByDefault()
    {
        var article = QuoteSamples.Result().Article!;

        Assert.DoesNotContain("## Quotes", MarkdownWriter.Write(article));
    }

    [Fact]
    public void TheCommandWritesTheSectionWithQuotes()
    {
        var page = TempFolder.File("quoted.html", System.Text.Encoding.UTF8.GetBytes("<html><body><article>\n" + QuoteSamples.Body + "\n</article></body></html>"));

        var run = CliProcess.Run("extract", page, "--format", "markdown", "--quotes");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("## Quotes\n\n- “We were ready,", run.Stdout);
    }
}
