namespace Lede.Tests.Output;

/// <summary>
/// Text must render as itself: each case is escaped only where CommonMark/GFM would read syntax.
/// The expected strings were checked against cmark-gfm, GitHub's reference renderer.
/// </summary>
public sealed class MarkdownEscapingTests
{
    private static readonly MarkdownOptions NoTitle = new() { IncludeTitle = false };

    private static string Write(Block block) => MarkdownWriter.Write(new Article { Blocks = [block] }, NoTitle).TrimEnd('\n');

    [Theory]
    // Ordinary prose stays as it is.
    [InlineData("Rates rose 2 * 3 points, a < b > c, AT&T and Q&A.", "Rates rose 2 * 3 points, a < b > c, AT&T and Q&A.")]
    [InlineData("snake_case_name and file_v2_final", "snake_case_name and file_v2_final")]
    [InlineData("#hashtag, -5 degrees, +3 goals, 1.5 million, 3.14", "#hashtag, -5 degrees, +3 goals, 1.5 million, 3.14")]
    [InlineData("one ` tick, a [ and a ] apart", "one ` tick, a [ and a ] apart")]
    [InlineData("C:\\Users and a\\b", "C:\\Users and a\\b")]
    [InlineData("Café “quoted” — dash", "Café “quoted” — dash")]
    // Emphasis and strikethrough delimiters that could open or close.
    [InlineData("*bold* claim", "\\*bold\\* claim")]
    [InlineData("**very** bold", "\\*\\*very\\*\\* bold")]
    [InlineData("_under_ score", "\\_under\\_ score")]
    [InlineData("5*3*2", "5\\*3\\*2")]
    [InlineData("~~gone~~ and ~5 km", "\\~\\~gone\\~\\~ and \\~5 km")]
    // Code spans, links, raw HTML and entities.
    [InlineData("use `ls` now", "use \\`ls\\` now")]
    [InlineData("He [the mayor] said [sic]", "He [the mayor] said [sic]")]
    [InlineData("see [1] and [link](http://x.example)", "see \\[1] and \\[link](http://x.example)")]
    [InlineData("[a][b] reference", "\\[a][b] reference")]
    [InlineData("![img](a.png)", "!\\[img](a.png)")]
    [InlineData("<b>bold</b> and <!-- note -->", "\\<b>bold\\</b> and \\<!-- note -->")]
    [InlineData("<https://x.example>", "\\<https://x.example>")]
    [InlineData("&amp; &#169; &#x41; &copy;", "\\&amp; \\&#169; \\&#x41; \\&copy;")]
    [InlineData("a \\* b", "a \\\\\\* b")]
    [InlineData("ends with \\", "ends with \\\\")]
    // Block starts at the beginning of the text.
    [InlineData("# Not a heading", "\\# Not a heading")]
    [InlineData("###### Six", "\\###### Six")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("+ not a list", "\\+ not a list")]
    [InlineData("* not a list", "\\* not a list")]
    [InlineData("2024. A year to forget", "2024\\. A year to forget")]
    [InlineData("3) Third", "3\\) Third")]
    [InlineData("---", "\\---")]
    [InlineData("***", "\\*\\*\\*")]
    [InlineData("___", "\\_\\_\\_")]
    [InlineData("===", "\\===")]
    [InlineData("```js", "\\`\\`\\`js")]
    [InlineData("~~~", "\\~\\~\\~")]
    [InlineData("[x] done", "\\[x] done")]
    [InlineData("[^1]: a footnote", "\\[^1]: a footnote")]
    [InlineData("    four spaces", "four spaces")]
    // Line breaks are kept as hard breaks, and each new line is checked again.
    [InlineData("line one\nline two", "line one\\\nline two")]
    [InlineData("first  \n\n  # second\n", "first\\\n\\# second")]
    [InlineData("Home | News\n--- | ---", "Home | News\\\n\\--- | ---")]
    public void EscapesParagraphTextOnlyWhereItWouldBeSyntax(string text, string expected)
    {
        Assert.Equal(expected, Write(new ParagraphBlock(text)));
    }

    [Theory]
    [InlineData("Issue #", "## Issue \\#")]
    [InlineData("C# and F#", "## C# and F#")]
    [InlineData("Ranked ###", "## Ranked \\###")]
    [InlineData("# inside", "## # inside")]
    [InlineData("two\nlines", "## two lines")]
    public void EscapesHeadingsSoNoClosingSequenceEatsText(string text, string expected)
    {
        Assert.Equal(expected, Write(new HeadingBlock(2, text)));
    }

    [Fact]
    public void EscapesListItemTextLikeParagraphText()
    {
        var list = new ListBlock(false, [new ListItem("# not a heading"), new ListItem("1. not a list"), new ListItem("a *b* c")]);

        Assert.Equal("- \\# not a heading\n- 1\\. not a list\n- a \\*b\\* c", Write(list));
    }

    [Fact]
    public void EscapesTableCellsButNotBlockStarts()
    {
        var table = new TableBlock([new TableRow(["# one", "a|b"], true), new TableRow(["- two", "line\nbreak"], false)]);

        Assert.Equal("| # one | a\\|b |\n| --- | --- |\n| - two | line break |", Write(table));
    }

    [Fact]
    public void EscapesEveryDelimiterInACaptionAndCredit()
    {
        var figure = new Figure { Caption = "A `b` c_d", Credit = "e`f" };

        Assert.Equal("*A \\`b\\` c\\_d* (e\\`f)", Write(new FigureBlock(figure)));
    }
}
