namespace Lede.Tests.Output;

public sealed class MarkdownWriterTests
{
    private static readonly MarkdownOptions NoTitle = new() { IncludeTitle = false };

    private static string Write(params Block[] blocks) => MarkdownWriter.Write(new Article { Blocks = blocks }, NoTitle);

    [Fact]
    public void WritesEveryBlockKind()
    {
        Assert.Equal(
            """
            # Storm hits the coast

            The storm reached Hull at dawn.

            ## What happened

            - Power cut
              1. North
              2. South
            - **Roads** closed

            > We were ready.
            >
            > Nobody was hurt.

            | Town | Rain (mm) |
            | --- | --- |
            | Hull | `42` |

            ```javascript
            alert("storm");
            ```

            ![Waves over the pier](https://news.example/img/pier.jpg)
            *Waves break over the pier at Hull.* (Jane Doe/Reuters)

            The [café](https://news.example/cafe) reopens *today*.

            """,
            MarkdownWriter.Write(OutputSamples.Rich()));
    }

    [Fact]
    public void ShiftsBodyHeadingsBelowTheTitle()
    {
        var article = new Article { Title = "Title", Blocks = [new HeadingBlock(1, "Top"), new HeadingBlock(3, "Sub"), new HeadingBlock(6, "Deep")] };

        Assert.Equal("# Title\n\n## Top\n\n#### Sub\n\n###### Deep\n", MarkdownWriter.Write(article));
        Assert.Equal("# Top\n\n### Sub\n\n###### Deep\n", MarkdownWriter.Write(article, NoTitle));
    }

    [Fact]
    public void LeavesHeadingsAloneWhenTheyAlreadySitBelowTheTitle()
    {
        var article = new Article { Title = "Title", Blocks = [new QuoteBlock([new HeadingBlock(3, "Quoted")]), new HeadingBlock(4, "Body")] };

        Assert.Equal("# Title\n\n> ### Quoted\n\n#### Body\n", MarkdownWriter.Write(article));
    }

    [Fact]
    public void WritesNoTitleWhenTheArticleHasNone()
    {
        var article = new Article { Title = "  ", Blocks = [new HeadingBlock(1, "Top")] };

        Assert.Equal("# Top\n", MarkdownWriter.Write(article));
    }

    [Fact]
    public void WritesNothingForAnEmptyArticle()
    {
        Assert.Equal("", MarkdownWriter.Write(new Article()));
    }

    [Fact]
    public void IndentsNestedListsUnderTheirItemText()
    {
        var numbers = Enumerable.Range(1, 10).Select(i => new ListItem("n" + i)).ToList();
        numbers[9] = new ListItem("n10", [new ListBlock(false, [new ListItem("under ten")])]);
        var list = new ListBlock(true,
        [
            new ListItem("One", [new ListBlock(false, [new ListItem("Bullet", [new ListBlock(true, [new ListItem("Deep")])])])]),
            new ListItem("Two"),
        ]);

        Assert.Equal("1. One\n   - Bullet\n     1. Deep\n2. Two\n", Write(list));
        Assert.Equal(
            "1. n1\n2. n2\n3. n3\n4. n4\n5. n5\n6. n6\n7. n7\n8. n8\n9. n9\n10. n10\n    - under ten\n",
            Write(new ListBlock(true, numbers)));
    }

    [Fact]
    public void WritesAnEmptyItemThatHoldsAList()
    {
        var list = new ListBlock(false, [new ListItem("", [new ListBlock(true, [new ListItem("Only child")])]), new ListItem(" ")]);

        Assert.Equal("-\n  1. Only child\n", Write(list));
    }

    [Fact]
    public void SwitchesMarkersSoAdjacentListsStayApart()
    {
        var bullets = new ListBlock(false, [new ListItem("a")]);
        var numbers = new ListBlock(true, [new ListItem("n")]);

        Assert.Equal("- a\n\n* a\n\n- a\n", Write(bullets, bullets, bullets));
        Assert.Equal("1. n\n\n1) n\n\n- a\n\n1. n\n", Write(numbers, numbers, bullets, numbers));
        Assert.Equal("- a\n\npara\n\n- a\n", Write(bullets, new ParagraphBlock("para"), bullets));
        var twoChildLists = new ListBlock(false, [new ListItem("parent", [bullets, bullets])]);
        Assert.Equal("- parent\n  - a\n  * a\n", Write(twoChildLists));
    }

    [Fact]
    public void PrefixesEveryLineOfAQuoteIncludingNestedBlocks()
    {
        var quote = new QuoteBlock(
        [
            new ParagraphBlock("Said."),
            new ListBlock(false, [new ListItem("point")]),
            new CodeBlock("x\n\ny"),
            new QuoteBlock([new ParagraphBlock("Inner.")]),
        ]);

        Assert.Equal("> Said.\n>\n> - point\n>\n> ```\n> x\n>\n> y\n> ```\n>\n> > Inner.\n", Write(quote));
        Assert.Equal("", Write(new QuoteBlock([new ParagraphBlock("")])));
    }

    [Fact]
    public void WritesATableWithEscapedPipesAndPaddedRows()
    {
        var table = new TableBlock(
        [
            new TableRow(["a|b", "c"], false),
            new TableRow(["d"], false),
            new TableRow(["e", " ", "g|"], true),
        ]);

        Assert.Equal("| a\\|b | c | |\n| --- | --- | --- |\n| d | | |\n| e | | g\\| |\n", Write(table));
    }

    [Fact]
    public void SkipsATableWithoutText()
    {
        Assert.Equal("", Write(new TableBlock([new TableRow([" ", ""], true), new TableRow([], false)])));
    }

    [Fact]
    public void FencesCodeWithMoreBackticksThanItHoldsInARow()
    {
        Assert.Equal("```\nplain\n```\n", Write(new CodeBlock("plain\n")));
        Assert.Equal("`````\na ``` b\n````\nc\n`````\n", Write(new CodeBlock("a ``` b\n````\nc")));
        Assert.Equal("```\n    indented *not* escaped\n```\n", Write(new CodeBlock("    indented *not* escaped")));
    }

    [Fact]
    public void WritesFiguresAsImageAndCaptionLine()
    {
        var figures = new Block[]
        {
            new FigureBlock(new Figure { Src = "https://x.example/a.jpg", Alt = "An [odd] alt", Caption = "Fans *cheer*", Credit = "AP" }),
            new FigureBlock(new Figure { Src = "https://x.example/b.jpg" }),
            new FigureBlock(new Figure { Caption = "Caption, no image" }),
            new FigureBlock(new Figure { Src = "https://x.example/c.jpg", Credit = "Credit only" }),
            new FigureBlock(new Figure()),
        };

        Assert.Equal(
            "![An \\[odd\\] alt](https://x.example/a.jpg)\n*Fans \\*cheer\\** (AP)\n\n" +
            "![](https://x.example/b.jpg)\n\n" +
            "*Caption, no image*\n\n" +
            "![](https://x.example/c.jpg)\n(Credit only)\n",
            Write(figures));
    }

    [Fact]
    public void EscapesImageAddressesThatWouldEndTheLink()
    {
        Assert.Equal("![](https://x.example/a_\\(1\\).jpg)\n", Write(new FigureBlock(new Figure { Src = "https://x.example/a_(1).jpg" })));
        Assert.Equal("![](<https://x.example/my photo\\>.jpg>)\n", Write(new FigureBlock(new Figure { Src = "https://x.example/my photo>.jpg" })));
    }

    [Fact]
    public void LeavesFiguresOutWhenAskedTo()
    {
        var options = new MarkdownOptions { IncludeFigures = false };

        Assert.Equal(
            "# Storm hits the coast\n\nBefore.\n\nAfter.\n",
            MarkdownWriter.Write(new Article { Title = "Storm hits the coast", Blocks = [new ParagraphBlock("Before."), new FigureBlock(OutputSamples.Pier), new ParagraphBlock("After.")] }, options));
    }

    [Fact]
    public void DefaultsIncludeTitleAndFigures()
    {
        Assert.True(MarkdownOptions.Default.IncludeTitle);
        Assert.True(MarkdownOptions.Default.IncludeFigures);
        Assert.Equal(MarkdownWriter.Write(OutputSamples.Rich(), MarkdownOptions.Default), MarkdownWriter.Write(OutputSamples.Rich()));
    }
}
