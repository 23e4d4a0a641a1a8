using Lede.PlainText;

namespace Lede.Tests.PlainText;

/// <summary>Reading lines (line breaks, blank lines, wrapping) and the body's structure (lists, subheadings).</summary>
public sealed class TextStructureTests
{
    [Fact]
    public void ReadsEveryKindOfLineBreak()
    {
        var lines = TextLines.Read("One line\r\nTwo   line\rThree\n\n\n  Four\t\tline  \n", CancellationToken.None);

        // Characters inside a line stay as they are (a user finds the line in the file); the ends are trimmed.
        Assert.Equal(["One line", "Two   line", "Three", "Four\t\tline"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 6], lines.Select(l => l.Number));
        Assert.Equal([0, 0, 0, 1], lines.Select(l => l.Block));
    }

    [Fact]
    public void DrawnRulesAreBlankLines()
    {
        var lines = TextLines.Read("Above\n-----\nBelow\n* * *\nLast", CancellationToken.None);

        Assert.Equal(["Above", "Below", "Last"], lines.Select(l => l.Text));
        Assert.Equal([0, 1, 2], lines.Select(l => l.Block));
    }

    [Fact]
    public void ScrapeLinesOfVaryingLengthAreNotJoined()
    {
        var text = "Short title here\nA line of some length that goes on for a while and then ends.\nAnother\nAnd one more line of text that is long enough to matter here.\n";

        Assert.Equal(4, TextLines.Read(text, CancellationToken.None).Count);
    }

    [Fact]
    public void BulletAndNumberedListsBecomeLists()
    {
        var text = "Council Approves New Bike Lanes\n\nThe city council voted on Tuesday to approve a network of protected bike lanes downtown.\n\n"
            + "• Twelve miles of lanes\n• New signals\n\nThe work comes in three phases:\n\n1. Design\n2. Consultation\n3) Construction\n\nOpponents said the loss of parking would hurt small businesses.\n";

        var lists = Extractor.Clean(text).Article!.Blocks.OfType<ListBlock>().ToList();

        Assert.Equal(2, lists.Count);
        Assert.False(lists[0].Ordered);
        Assert.Equal(["Twelve miles of lanes", "New signals"], lists[0].Items.Select(i => i.Text));
        Assert.True(lists[1].Ordered);
        Assert.Equal(["Design", "Consultation", "Construction"], lists[1].Items.Select(i => i.Text));
    }

    [Fact]
    public void ShortTitleLineBetweenParagraphsIsASubheading()
    {
        // Paragraphs of a news story's length: the cleaner's model weighs a line's length as well as its form.
        var text = "Council Approves New Bike Lanes\n\nThe city council voted on Tuesday to approve a network of protected bike lanes downtown, ending a debate that has run for more than two years.\n\n"
            + "What happens next\n\nConstruction starts in the spring and will take two years, the transport department said. The busiest streets come first.\n\n“Finally.”\n\n"
            + "Opponents said the loss of parking would hurt small businesses along the corridor, and two council members asked for a study of the effects.\n";

        var blocks = Extractor.Clean(text).Article!.Blocks;

        Assert.Contains(new HeadingBlock(2, "What happens next"), blocks);
        Assert.Contains(new ParagraphBlock("“Finally.”"), blocks); // ends like a sentence: a paragraph
    }

    [Theory]
    [InlineData("What happens next", "Construction starts in the spring and will take two years.", true)]
    [InlineData("What happens next?", "Construction starts in the spring and will take two years.", false)]
    [InlineData("What happens next", null, false)]
    [InlineData("What happens next", "Yes", false)]
    [InlineData("what happens next", "Construction starts in the spring and will take two years.", false)]
    public void Subheadings(string line, string? next, bool heading) => Assert.Equal(heading, BodyStructure.ReadsAsHeading(line, next));
}
