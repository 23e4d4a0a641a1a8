using Lede.Quotes;

namespace Lede.Tests.Quotes;

public sealed class QuotationScannerTests
{
    private static List<string> Quoted(string text) => QuotationScanner.Scan(text).Select(q => text[q.Start..q.End]).ToList();

    [Theory]
    [InlineData("He said “yes” and left.", "yes")]
    [InlineData("He said \"yes\" and left.", "yes")]
    [InlineData("Il a dit « oui » hier.", " oui ")]
    [InlineData("Er sagte „ja“ gestern.", "ja")]
    [InlineData("Er sagte »ja« gestern.", "ja")]
    [InlineData("Headline: Clinton ‘talks to the press’ again", "talks to the press")]
    public void PairsTheMarksOfEachLanguage(string text, string quoted) => Assert.Equal([quoted], Quoted(text));

    [Fact]
    public void TheMarksTheScanSkipsToAreTheMarks()
    {
        // The scan jumps to the next of QuoteMarks.Marks: a mark missing from that list would never be seen.
        for (int c = 0; c < 0x10000; c++) Assert.Equal(QuoteMarks.IsMark((char)c), QuoteMarks.Marks.Contains((char)c));
    }

    [Fact]
    public void ApostrophesAreNotQuotationMarks()
    {
        Assert.Equal(["I don’t know, it’s the Baldwins’ call in the ’90s"], Quoted("She said, “I don’t know, it’s the Baldwins’ call in the ’90s” then."));
        Assert.Empty(Quoted("It's the parents' choice, don't you think? Rock 'n' roll."));
    }

    [Fact]
    public void KeepsANestedQuotationAsAChild()
    {
        var text = "He said, “They shouted ‘stop!’ and we did.”";
        var top = Assert.Single(QuotationScanner.Scan(text));
        var child = Assert.Single(top.Children);
        Assert.Equal("stop!", text[child.Start..child.End]);
    }

    [Fact]
    public void NestsTheSameCurlyMarkAfterASpaceAndClosesTheOuterAtTheParagraphEnd()
    {
        var text = "He shared, “When we have them, we’re like, “This is great. Let’s have more!”\n\nNext paragraph.";
        var top = Assert.Single(QuotationScanner.Scan(text));
        Assert.False(top.Closed);
        Assert.EndsWith("have more!”", text[top.Start..top.End]);
        Assert.Equal("This is great. Let’s have more!", text[top.Children[0].Start..top.Children[0].End]);
    }

    [Fact]
    public void JoinsAQuotationThatRunsOverParagraphs()
    {
        var text = "She said: “First paragraph.\n\n“Second paragraph.\n\n“Third.” Then prose.";
        var top = Assert.Single(QuotationScanner.Scan(text));
        Assert.True(top.Closed);
        Assert.Equal(2, top.ContinuationMarks.Count);
        Assert.Equal(0, top.Paragraph);
        Assert.EndsWith("Third.", text[top.Start..top.End]);
    }

    [Fact]
    public void AQuotationOpenAtAParagraphEndWithoutAContinuationEndsThere()
    {
        var text = "He said “this runs on\n\nA new paragraph “with its own” quote.";
        var quotes = QuotationScanner.Scan(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("this runs on", text[quotes[0].Start..quotes[0].End]);
        Assert.Equal(1, quotes[1].Paragraph);
    }

    [Fact]
    public void MarkupAttributesAreNotQuotations() => Assert.Empty(Quoted("<tweet id=\"123\" author=\"@x\">Hello</tweet>"));

    [Fact]
    public void StraightMarksTellOpeningFromClosingByTheirNeighbours() =>
        Assert.Equal(["One,", "two."], Quoted("\"One,\" he said, \"two.\""));

    [Fact]
    public void ARunOfOpeningMarksNestsNoDeeperThanTheLimit()
    {
        // Found by fuzzing: thirty “ in a row nested thirty quotations, and the article's JSON could not be written.
        var text = "We have " + new string('“', 30) + "holds, so please talk to us.\n";
        int depth = 0;
        for (var level = QuotationScanner.Scan(text); level.Count > 0; level = level[0].Children) depth++;
        Assert.Equal(QuotationScanner.MaxNesting, depth);

        var result = Extractor.Clean(text + "\nA second paragraph of the notice, long enough to be a body line of its own.\n");
        Assert.Equal(result.Status, JsonArticleWriter.Read(JsonArticleWriter.Write(result)).Status);
    }
}
