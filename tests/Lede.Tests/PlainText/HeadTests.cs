using Lede.PlainText;

namespace Lede.Tests.PlainText;

/// <summary>The headline and standfirst rules on their own.</summary>
public sealed class HeadTests
{
    private const string Paragraph = "The city council voted on Tuesday to approve a network of protected bike lanes downtown, ending a debate that has run for more than two years.";

    [Theory]
    [InlineData("City Council Approves New Bike Lanes Downtown")]
    [InlineData("Stadtrat beschließt neue Radwege in der Innenstadt")]
    [InlineData("Le conseil municipal adopte de nouvelles pistes cyclables")]
    [InlineData("Is This the End of the Office Lunch?")]
    [InlineData("“We will rebuild”: Mayor vows to reopen the bridge")]
    [InlineData("5 Things to Know About the New Budget")]
    public void ReadsHeadlines(string line) => Assert.True(Headline.Reads(line, Paragraph));

    [Theory]
    [InlineData("The council voted on Tuesday.")] // a sentence with its full stop
    [InlineData("The council voted. Then it adjourned")] // two sentences
    [InlineData("the council voted on Tuesday")] // starts in lower case
    [InlineData("Council")] // one word
    [InlineData("- Twelve miles of protected lanes")] // a list item
    [InlineData("Here is what the council decided:")] // opens what follows
    public void RefusesLinesThatAreNotHeadlines(string line) => Assert.False(Headline.Reads(line, Paragraph));

    [Fact]
    public void SentenceCaseHeadlineNeedsLongerTextAfterIt()
    {
        Assert.True(Headline.Reads("Council approves new bike lanes", Paragraph));
        Assert.False(Headline.Reads("Council approves new bike lanes", "Yes"));
        Assert.False(Headline.Reads("Council approves new bike lanes", null));
    }

    [Theory]
    [InlineData("The plan adds twelve miles of protected lanes and removes parking on three streets", false, false, 200)] // no full stop
    [InlineData("The plan adds twelve miles of protected lanes and removes parking on three streets.", true, false, 0)] // in the headline's block
    [InlineData("The plan adds twelve miles of protected lanes and removes parking on three streets.", false, true, 0)] // over the byline
    [InlineData("The plan adds twelve miles of lanes.", false, false, 200)] // much shorter than the paragraphs
    public void ReadsStandfirsts(string line, bool inTitleBlock, bool overByline, int median)
        => Assert.True(DekLine.Reads(line, new DekLine.Setting(inTitleBlock, overByline, median)));

    [Theory]
    [InlineData("The city council voted on Tuesday to approve a network of protected bike lanes downtown after two years.", 130)] // a lede about as long as the rest
    [InlineData("The plan adds lanes. It also removes parking on three of the busiest streets downtown.", 300)] // two sentences
    [InlineData("WASHINGTON — The Senate passed the bill on Tuesday, sending it to the president", 300)] // a lede with its dateline
    [InlineData("Too short", 300)]
    public void RefusesLedesAndOthers(string line, int median)
        => Assert.False(DekLine.Reads(line, new DekLine.Setting(false, false, median)));

    [Fact]
    public void HeadlineWithoutStoryAfterItIsNotOne()
    {
        var result = Extractor.Clean("Council Approves New Bike Lanes\n\nAdvertisement\n");

        Assert.Equal(ExtractionStatus.Empty, result.Status);
        Assert.Null(result.Article!.Title);
    }

    [Fact]
    public void LedeUnderAHeadlineStaysInTheBodyWhenNothingSetsItApart()
    {
        var text = "Council Approves New Bike Lanes\n\n" + Paragraph + "\n\nSupporters packed the chamber. Several spoke during the public comment period.\n";

        var article = Extractor.Clean(text).Article!;

        Assert.Equal("Council Approves New Bike Lanes", article.Title);
        Assert.Null(article.Standfirst);
        Assert.StartsWith("The city council voted", article.Text);
    }
}
