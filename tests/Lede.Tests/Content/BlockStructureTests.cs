namespace Lede.Tests.Content;

public sealed class BlockStructureTests
{
    private static IReadOnlyList<Block> Blocks(string body, ExtractionOptions? options = null)
    {
        var result = Extractor.Extract(StoryPages.Page(body), null, options);
        Assert.True(result.IsOk, result.Reason);
        return result.Article!.Blocks;
    }

    [Fact]
    public void KeepsSubheadingsListsQuotesTablesAndCode()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[0])
            + "<h2>What changes</h2>"
            + "<ul><li>Route 41 runs every ten minutes<ul><li>Weekends every twenty</li></ul></li><li>Route 42 starts at six</li></ul>"
            + "<blockquote><p>This is the biggest change to the network in a generation, and it is overdue.</p></blockquote>"
            + "<table><thead><tr><th>Route</th><th>Minutes</th></tr></thead><tbody><tr><td>41</td><td>10</td></tr><tr><td>42</td><td>15</td></tr></tbody></table>"
            + "<pre><code>fare = base + zones * 0.5</code></pre>"
            + StoryPages.Paragraphs(StoryPages.Story[1..]);
        var blocks = Blocks(body);
        Assert.IsType<ParagraphBlock>(blocks[0]);
        Assert.Equal(new HeadingBlock(2, "What changes"), blocks[1]);
        var list = Assert.IsType<ListBlock>(blocks[2]);
        Assert.False(list.Ordered);
        Assert.Equal(["Route 41 runs every ten minutes", "Route 42 starts at six"], list.Items.Select(i => i.Text));
        Assert.Equal("Weekends every twenty", Assert.Single(Assert.Single(list.Items[0].Children).Items).Text);
        var quote = Assert.IsType<QuoteBlock>(blocks[3]);
        Assert.StartsWith("This is the biggest change", Assert.IsType<ParagraphBlock>(Assert.Single(quote.Blocks)).Text);
        var table = Assert.IsType<TableBlock>(blocks[4]);
        Assert.Equal(3, table.Rows.Count);
        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal(["41", "10"], table.Rows[1].Cells);
        Assert.Equal("fare = base + zones * 0.5", Assert.IsType<CodeBlock>(blocks[5]).Text);
    }

    [Fact]
    public void LayoutTablesAreReadAsContainers()
    {
        var body = "<table><tr><td>" + StoryPages.Paragraphs(StoryPages.Story) + "</td></tr></table>";
        var blocks = Blocks(body);
        Assert.All(blocks, b => Assert.IsType<ParagraphBlock>(b));
        Assert.Equal(StoryPages.Story.Length, blocks.Count);
    }

    [Fact]
    public void TextBetweenBlocksAndDoubleBreaksMakeParagraphs()
    {
        var body = $"<div>{StoryPages.Story[0]}<br><br>{StoryPages.Story[1]}<div>{StoryPages.Story[2]}</div>{StoryPages.Story[3]}</div>";
        var blocks = Blocks(body);
        Assert.Equal(StoryPages.Story, blocks.Select(b => Assert.IsType<ParagraphBlock>(b).Text));
    }

    [Fact]
    public void WhitespaceIsCollapsedAndInlineElementsJoinWithoutSpaces()
    {
        var blocks = Blocks("<p>  The   council <b>vot</b>ed\n on <a href='/t'>Tuesday</a> to expand the network of buses in the city. </p>" + StoryPages.Paragraphs(StoryPages.Story));
        Assert.Equal("The council voted on Tuesday to expand the network of buses in the city.", Assert.IsType<ParagraphBlock>(blocks[0]).Text);
    }

    [Fact]
    public void FiguresAreBlocksButNotText()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[..2])
            + "<figure><img src='/img/bus.jpg' alt='A new bus'><figcaption>The new buses. Photo: Metro Daily</figcaption></figure>"
            + StoryPages.Paragraphs(StoryPages.Story[2..]);
        var result = Extractor.Extract(StoryPages.Page(body));
        var figure = Assert.IsType<FigureBlock>(result.Article!.Blocks[2]).Figure;
        Assert.Equal("/img/bus.jpg", figure.Src);
        Assert.Equal("A new bus", figure.Alt);
        Assert.DoesNotContain("Photo:", result.Article.Text);
        Assert.Single(result.Article.Figures);
    }

    [Fact]
    public void TheHeadlineIsTheTitleNotABodyHeading()
    {
        var result = Extractor.Extract(StoryPages.Page(StoryPages.Paragraphs(StoryPages.Story)));
        Assert.Equal("Council expands bus network", result.Article!.Title);
        Assert.DoesNotContain(result.Article.Blocks, b => b is HeadingBlock);
    }
}
