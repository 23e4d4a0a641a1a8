using Lede.PlainText;

namespace Lede.Tests.PlainText;

/// <summary>Reading each line's markup (lists, headings, quotes, a text browser's stand-ins), inline marks and where every character came from.</summary>
public sealed class LineMarkupTests
{
    private static TextLine Only(string text) => Assert.Single(TextLines.Read(text, CancellationToken.None));

    [Theory]
    [InlineData("  * Barron's", nameof(LineMarkup.Bullet), 1, "Barron's")]
    [InlineData("          + Economy", nameof(LineMarkup.Bullet), 3, "Economy")]
    [InlineData("- Twelve miles of lanes", nameof(LineMarkup.Bullet), 1, "Twelve miles of lanes")]
    [InlineData("• New signals", nameof(LineMarkup.Bullet), 1, "New signals")]
    [InlineData("2) Consultation", nameof(LineMarkup.Ordered), 1, "Consultation")]
    [InlineData("## What happens next ##", nameof(LineMarkup.Heading), 2, "What happens next")]
    [InlineData("#### Volker Saw No Harm", nameof(LineMarkup.Heading), 4, "Volker Saw No Harm")]
    [InlineData("> A quoted line", nameof(LineMarkup.Quote), 0, "A quoted line")]
    [InlineData("[https://m.wsj.net/video/clip_167x94.jpg]", nameof(LineMarkup.Widget), 0, "[https://m.wsj.net/video/clip_167x94.jpg]")]
    [InlineData("(BUTTON) Search", nameof(LineMarkup.Widget), 0, "(BUTTON) Search")]
    [InlineData("#hashtag is a word", nameof(LineMarkup.None), 0, "#hashtag is a word")]
    [InlineData("\\- not a bullet", nameof(LineMarkup.None), 0, "- not a bullet")]
    [InlineData("-5 degrees overnight", nameof(LineMarkup.None), 0, "-5 degrees overnight")]
    public void ReadsTheMarkupOfALine(string input, string markup, int level, string text)
    {
        var line = Only(input);

        Assert.Equal(markup, line.Markup.ToString()); // by name: the enum is internal, a public theory cannot take it
        Assert.Equal(level, line.Level);
        Assert.Equal(text, line.Text);
    }

    [Fact]
    public void IndentationIsMeasured()
    {
        var lines = TextLines.Read("Headline at the margin\n   An indented paragraph\n\tA tabbed one", CancellationToken.None);

        Assert.Equal([0, 3, 4], lines.Select(l => l.Indent));
    }

    [Theory]
    [InlineData("A **bold** claim", "A bold claim")]
    [InlineData("__Strong__ words and _emphasis_ here", "Strong words and emphasis here")]
    [InlineData("Call `decimal.Parse` first", "Call decimal.Parse first")]
    [InlineData("Read [the report](https://example.com/r) today", "Read the report today")]
    [InlineData("snake_case_name and 5 * 3 = 15", "snake_case_name and 5 * 3 = 15")]
    [InlineData("*NSYNC played and a lone * stayed", "*NSYNC played and a lone * stayed")]
    [InlineData("**_both_**", "both")]
    public void InlineMarksComeOffInPairs(string input, string text) => Assert.Equal(text, Only(input).Text);

    [Fact]
    public void EveryCharacterMapsBackToTheInput()
    {
        const string input = "Title\n\n   * A **bold** [link](https://x.example/) here  \n";
        var line = TextLines.Read(input, CancellationToken.None)[1];

        Assert.Equal("A bold link here", line.Text);
        for (int i = 0; i < line.Text.Length; i++)
        {
            if (line.Text[i] == ' ') continue;
            Assert.Equal(line.Text[i], input[line.Source.ToInput(i)]);
        }
        var bold = line.Source.ToInput(2, 6);
        Assert.Equal("bold", input.Substring(bold.Start, bold.Length));
    }

    [Fact]
    public void WrappedLinesJoinWithTheirMap()
    {
        const string input = "The council voted on Tuesday to approve a network of protected bike lanes\ndowntown, ending a debate that has run for more than two years and more.\n\n"
            + "Supporters packed the chamber, and several of them spoke during the public\ncomment period, which ran for more than three hours before the final vote.\n\n"
            + "Opponents said the loss of parking would hurt the small businesses along\nthe corridor, and they asked the council to phase the work over five years.\n";
        var lines = TextLines.Read(input, CancellationToken.None);

        Assert.Equal(3, lines.Count);
        var downtown = lines[0].Text.IndexOf("downtown", StringComparison.Ordinal);
        var span = lines[0].Source.ToInput(downtown, downtown + "downtown".Length);
        Assert.Equal("downtown", input.Substring(span.Start, span.Length));
    }
}
