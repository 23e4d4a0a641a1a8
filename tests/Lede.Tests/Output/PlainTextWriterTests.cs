namespace Lede.Tests.Output;

public sealed class PlainTextWriterTests
{
    [Fact]
    public void WritesEveryBlockKindInTheBenchmarkForm()
    {
        string text = PlainTextWriter.Write(OutputSamples.Rich());

        Assert.Equal(
            "The storm reached Hull at dawn.\n\n" +
            "What happened\n\n" +
            "Power cut\n  North\n  South\nRoads closed\n\n" +
            "We were ready.\n\n" +
            "Nobody was hurt.\n\n" +
            "Town\tRain (mm)\nHull\t42\n\n" +
            "alert(\"storm\");\n\n" +
            "The café reopens today.",
            text);
    }

    [Fact]
    public void WritesCaptionAndCreditAsAParagraphWhenAskedTo()
    {
        var article = new Article
        {
            Blocks =
            [
                new ParagraphBlock("Before."),
                new FigureBlock(OutputSamples.Pier),
                new FigureBlock(new Figure { Caption = "Caption only." }),
                new FigureBlock(new Figure { Credit = "Credit only" }),
                new FigureBlock(new Figure { Src = "https://news.example/bare.jpg" }),
                new ParagraphBlock("After."),
            ],
        };

        Assert.Equal(
            "Before.\n\nWaves break over the pier at Hull. — Jane Doe/Reuters\n\nCaption only.\n\nCredit only\n\nAfter.",
            PlainTextWriter.Write(article, includeFigureCaptions: true));
        Assert.Equal("Before.\n\nAfter.", PlainTextWriter.Write(article));
    }

    [Fact]
    public void IndentsNestedItemsTwoSpacesPerLevel()
    {
        var list = new ListBlock(true,
        [
            new ListItem("One", [new ListBlock(false, [new ListItem("Two", [new ListBlock(false, [new ListItem("Three")])])])]),
            new ListItem("", [new ListBlock(false, [new ListItem("Child of an empty item")])]),
        ]);

        Assert.Equal("One\n  Two\n    Three\n  Child of an empty item", PlainTextWriter.Write(new Article { Blocks = [list] }));
    }

    [Fact]
    public void SkipsEmptyBlocksWithoutLeavingExtraBlankLines()
    {
        var article = new Article
        {
            Blocks =
            [
                new ParagraphBlock(""),
                new ParagraphBlock("First."),
                new HeadingBlock(2, " "),
                new ListBlock(false, [new ListItem("")]),
                new TableBlock([new TableRow(["", " "], false), new TableRow([], false)]),
                new QuoteBlock([]),
                new CodeBlock("\n"),
                new ParagraphBlock("Second."),
            ],
        };

        Assert.Equal("First.\n\nSecond.", PlainTextWriter.Write(article));
    }

    [Fact]
    public void FlattensNestedQuotesIntoParagraphs()
    {
        var quote = new QuoteBlock([new ParagraphBlock("Outer."), new QuoteBlock([new HeadingBlock(3, "Inner heading"), new ParagraphBlock("Inner.")])]);

        Assert.Equal("Outer.\n\nInner heading\n\nInner.", PlainTextWriter.Write(new Article { Blocks = [quote] }));
    }

    [Fact]
    public void KeepsCodeAsIsButDropsTrailingLineBreaks()
    {
        var code = new CodeBlock("  if (x)\n    y();\n\n");

        Assert.Equal("Intro.\n\n  if (x)\n    y();", PlainTextWriter.Write(new Article { Blocks = [new ParagraphBlock("Intro."), code] }));
    }

    [Fact]
    public void WritesRaggedTableRowsAsTheyAre()
    {
        var table = new TableBlock([new TableRow(["a", "b", "c"], true), new TableRow(["d"], false), new TableRow(["e", "", "f"], false)]);

        Assert.Equal("a\tb\tc\nd\ne\t\tf", PlainTextWriter.Write(new Article { Blocks = [table] }));
    }

    [Fact]
    public void ArticleTextIsThePlainTextForm()
    {
        var article = OutputSamples.Rich();

        Assert.Equal(PlainTextWriter.Write(article), article.Text);
        Assert.Equal("", new Article().Text);
    }
}
