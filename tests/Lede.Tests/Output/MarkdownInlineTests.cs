using Markdig;

namespace Lede.Tests.Output;

/// <summary>Inline runs in Markdown, checked by rendering the Markdown with a CommonMark implementation (Markdig).</summary>
public sealed class MarkdownInlineTests
{
    private static readonly MarkdownOptions NoTitle = new() { IncludeTitle = false };

    private static string Write(IReadOnlyList<InlineRun> runs, MarkdownOptions? options = null) =>
        MarkdownWriter.Write(new Article { Blocks = [new ParagraphBlock(string.Concat(runs.Select(r => r.Text))) { Inlines = runs }] }, options ?? NoTitle).TrimEnd('\n');

    private static string Html(string markdown) => Markdown.ToHtml(markdown).Trim();

    [Fact]
    public void WritesLinksEmphasisStrongAndCode()
    {
        var markdown = Write(
        [
            new InlineRun("See the "),
            new InlineRun("guide to ") { Link = "https://x.example/guide" },
            new InlineRun("decimal.Parse") { Link = "https://x.example/guide", Strong = true },
            new InlineRun(", or "),
            new InlineRun("not") { Emphasis = true },
            new InlineRun(" call "),
            new InlineRun("Parse()") { Code = true },
            new InlineRun("."),
        ]);

        Assert.Equal("See the [guide to **decimal.Parse**](https://x.example/guide), or *not* call `Parse()`.", markdown);
        Assert.Equal(
            "<p>See the <a href=\"https://x.example/guide\">guide to <strong>decimal.Parse</strong></a>, or <em>not</em> call <code>Parse()</code>.</p>",
            Html(markdown));
    }

    [Fact]
    public void BlanksAtAStyledRunsEdgesGoOutsideItsDelimiters()
    {
        var markdown = Write([new InlineRun("a"), new InlineRun(" bold ") { Strong = true }, new InlineRun("word")]);

        Assert.Equal("<p>a <strong>bold</strong> word</p>", Html(markdown));
    }

    [Theory]
    [InlineData("a `tick` inside")]
    [InlineData("`starts")]
    [InlineData("x``y")]
    public void CodeWithBackticksKeepsThemAll(string code)
    {
        var markdown = Write([new InlineRun("run "), new InlineRun(code) { Code = true }]);

        var html = Html(markdown);
        Assert.Contains("<code>" + System.Net.WebUtility.HtmlEncode(code).Replace("&#96;", "`") + "</code>", html.Replace("&quot;", "\""));
    }

    [Fact]
    public void SyntaxInTheTextStaysText()
    {
        var markdown = Write(
        [
            new InlineRun("1. [not a link](x) *and* "),
            new InlineRun("a ] bracket [") { Link = "https://x.example/a(b)" },
            new InlineRun(" `tick"),
        ]);

        var html = Html(markdown);
        Assert.Equal("<p>1. [not a link](x) *and* <a href=\"https://x.example/a(b)\">a ] bracket [</a> `tick</p>", html);
    }

    [Fact]
    public void WithoutLinksTheLinkTextStaysAndStylesRemain()
    {
        var runs = new[] { new InlineRun("see "), new InlineRun("here") { Link = "https://x.example/" }, new InlineRun(" now") { Emphasis = true } };

        var markdown = Write(runs, NoTitle with { IncludeLinks = false });

        Assert.Equal("see here *now*", markdown);
    }

    [Fact]
    public void ALineBreakInARunIsAHardBreak()
    {
        var markdown = Write([new InlineRun("first line") { Strong = true }, new InlineRun("\nsecond line")]);

        Assert.Equal("<p><strong>first line</strong><br />\nsecond line</p>", Html(markdown));
    }

    [Fact]
    public void ListItemsHeadingsAndCellsWriteTheirRuns()
    {
        var article = new Article
        {
            Blocks =
            [
                new HeadingBlock(2, "The plan") { Inlines = [new InlineRun("The "), new InlineRun("plan") { Emphasis = true }] },
                new ListBlock(false, [new ListItem("see docs") { Inlines = [new InlineRun("see "), new InlineRun("docs") { Link = "https://x.example/d" }] }]),
                new TableBlock([new TableRow(["a|b", "c"], true) { CellInlines = [[new InlineRun("a|b") { Code = true }], []] }]),
            ],
        };

        var html = Html(MarkdownWriter.Write(article, NoTitle));

        Assert.Contains("<h2>The <em>plan</em></h2>", html);
        Assert.Contains("<li>see <a href=\"https://x.example/d\">docs</a></li>", html);
    }
}
