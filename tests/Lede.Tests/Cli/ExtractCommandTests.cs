using System.Text;
using System.Text.Json;

namespace Lede.Tests.Cli;

public sealed class ExtractCommandTests
{
    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    public void WritesTheStoryInTextFormats(string format)
    {
        var run = CliProcess.Run("extract", TempFolder.File("story.html", TestPages.Story), "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(TestPages.Sentence, run.Stdout);
        Assert.EndsWith("\n", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void WritesJsonThatParses()
    {
        var run = CliProcess.Run("extract", TempFolder.File("story.html", TestPages.Story), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        Assert.Contains(TestPages.Sentence, run.Stdout);
    }

    [Fact]
    public void GunzipsByMagicBytes()
    {
        var gzipped = TestPages.Gzip(TestPages.Story);

        var named = CliProcess.Run("extract", TempFolder.File("story.html.gz", gzipped));
        var piped = CliProcess.Run(gzipped, "extract", "-");

        Assert.Equal(0, named.ExitCode);
        Assert.Contains(TestPages.Sentence, named.Stdout);
        Assert.Equal(0, piped.ExitCode);
        Assert.Contains(TestPages.Sentence, piped.Stdout);
    }

    [Fact]
    public void ReadsStandardInput()
    {
        var run = CliProcess.Run(TestPages.Story, "extract", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(TestPages.Sentence, run.Stdout);
    }

    [Fact]
    public void MissingFileIsOneLineAndExitOne()
    {
        var missing = Path.Combine(TempFolder.Create(), "nowhere.html");

        var run = CliProcess.Run("extract", missing);

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "nowhere.html");
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void FolderIsOneLineAndExitOne()
    {
        var run = CliProcess.Run("extract", TempFolder.Create());

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "folder");
    }

    [Fact]
    public void UnreachableUrlIsOneLineAndExitOne()
    {
        // Port 1 on the loopback is closed on any test machine, so this fails fast without a network.
        var run = CliProcess.Run("extract", "http://127.0.0.1:1/story");

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "");
    }

    [SkippableFact]
    public void PngIsExitOne()
    {
        Skip.IfNot(Extractor.Extract(TestPages.Png).Status == ExtractionStatus.NotHtml,
            "the library does not yet report a PNG as NotHtml (Input/InputSniffer is a stub); this test checks that the CLI maps NotHtml to exit 1");

        var run = CliProcess.Run("extract", TempFolder.File("photo.png", TestPages.Png));

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "");
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void PageWithoutTextIsExitThree()
    {
        var run = CliProcess.Run(TestPages.Blank, "extract", "-");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("lede: no article text found", run.Stderr.TrimEnd());
        Assert.Equal("", run.Stdout);
    }

    [SkippableFact]
    public void CharsetOptionDecodesThePage()
    {
        SkipUnlessTheLibraryHonoursCharset();

        var run = CliProcess.Run(TestPages.Latin1Story, "extract", "-", "--charset", "iso-8859-1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("café", run.Stdout);
    }

    [Theory]
    [InlineData("extract", "--format", "pdf", "page.html")]
    [InlineData("extract", "page.html", "--preset", "fast")]
    [InlineData("extract")]
    [InlineData("frobnicate")]
    public void UsageErrorsAreExitTwo(params string[] args)
    {
        var run = CliProcess.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var root = CliProcess.Run("--help");
        var extract = CliProcess.Run("extract", "--help");

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("extract", root.Stdout);
        Assert.Contains("eval", root.Stdout);
        Assert.Equal(0, extract.ExitCode);
        Assert.Contains("--format", extract.Stdout);
        Assert.Contains("--explain", extract.Stdout);
        Assert.Contains("--figures", extract.Stdout);
        Assert.Contains("--no-front-matter", extract.Stdout);
    }

    [Fact]
    public void MarkdownOpensWithFrontMatterUnlessAskedNot()
    {
        var file = TempFolder.File("story.html", TestPages.FigureStory);

        var markdown = CliProcess.Run("extract", file, "--format", "markdown", "--url", "https://news.example/bridge");
        var bare = CliProcess.Run("extract", file, "--format", "markdown", "--no-front-matter");
        var related = CliProcess.Run("extract", file, "--format", "markdown", "--no-front-matter", "--related", "--url", "https://news.example/bridge");

        Assert.Equal(0, markdown.ExitCode);
        Assert.StartsWith("---\ntitle: Bridge reopens\nurl: https://news.example/bridge\nlanguage: en\n---\n\n# Bridge reopens\n", markdown.Stdout);
        Assert.Contains("![The bridge](https://news.example/img/bridge.jpg)\n*Cars cross at dawn.* (Jane Doe)", markdown.Stdout);
        Assert.StartsWith("# Bridge reopens\n", bare.Stdout);
        Assert.EndsWith("## Related\n\n- [Ferry service ends after bridge reopens](https://news.example/news/ferry)\n", related.Stdout);
    }

    [Fact]
    public void TextKeepsCaptionsOnlyWithFigures()
    {
        var file = TempFolder.File("story.html", TestPages.FigureStory);

        var plain = CliProcess.Run("extract", file);
        var withFigures = CliProcess.Run("extract", file, "--figures");

        Assert.Equal(TestPages.Sentence + "\n\n" + TestPages.FigureStoryEnd + "\n", plain.Stdout);
        Assert.Equal(TestPages.Sentence + "\n\nCars cross at dawn. — Jane Doe\n\n" + TestPages.FigureStoryEnd + "\n", withFigures.Stdout);
    }

    [Fact]
    public void ExplainLinesAreShortAndSingle()
    {
        var line = Lede.Cli.Commands.ArticleOutput.ExplainLine(
            new TraceEntry("PruneBoilerplate", "div.share-bar\n  Share this story on  every network " + new string('x', 200), "link density 0.9"));

        Assert.StartsWith("[PruneBoilerplate] div.share-bar Share this story on every network x", line);
        Assert.EndsWith("… — link density 0.9", line);
        Assert.DoesNotContain('\n', line);
        Assert.True(line.Length < 140, line);
    }

    internal static void SkipUnlessTheLibraryHonoursCharset()
    {
        var decoded = Extractor.Extract(TestPages.Latin1Story, options: new ExtractionOptions { Charset = "iso-8859-1" });
        Skip.IfNot(decoded.Article?.Text.Contains("café", StringComparison.Ordinal) == true,
            "the library does not yet honour ExtractionOptions.Charset (Input/HtmlDecoder is a stub); this test checks that the CLI passes it on");
    }
}
