namespace Lede.Tests.PlainText;

/// <summary>Paragraphs a scraper broke at their links (every text node on a line) come back whole; separate lines stay apart.</summary>
public sealed class FragmentJoiningTests
{
    private const string Lede = "The city council voted on Tuesday to approve a network of protected bike lanes downtown, ending a debate of two years.";

    [Fact]
    public void PiecesOfAParagraphAreJoined()
    {
        var text = "Council Approves New Bike Lanes\n" + Lede + "\nThe plan was drawn up by\nthe transport department\n, which consulted residents for a year.\n"
            + "Supporters packed the chamber. Several of them spoke during the public comment period.\n";

        var article = Extractor.Clean(text).Article!;

        Assert.Contains(new ParagraphBlock("The plan was drawn up by the transport department, which consulted residents for a year."), article.Blocks);
    }

    [Fact]
    public void LinesThatEndSentencesOrOpenInCapitalsStayApart()
    {
        var text = "Council Approves New Bike Lanes\n" + Lede + "\nSupporters packed the chamber on the night of the vote.\nSeveral of them spoke during the public comment period.\n";

        var paragraphs = Extractor.Clean(text).Article!.Blocks.OfType<ParagraphBlock>().ToList();

        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void JoinedPiecesMapBackToTheirLines()
    {
        var text = "Council Approves New Bike Lanes\n" + Lede + "\n“We waited long enough,” said\nthe mayor\n, who rode to the vote on a bike.\n"
            + "Supporters packed the chamber. Several of them spoke during the public comment period.\n";

        var result = Extractor.Clean(text);
        var quotation = Assert.Single(result.Article!.Quotations);
        var input = quotation.InputSpan!.Value;

        Assert.Equal("We waited long enough,", text.Substring(input.Start, input.Length));
        var speaker = quotation.Speaker!.InputSpan!.Value;
        Assert.Equal("the mayor", text.Substring(speaker.Start, speaker.Length));
    }
}
