using Lede.PlainText;

using Lede.Figures;

namespace Lede.Tests.PlainText;

/// <summary>Picture lines (credits, captions, alt texts) and promo lines on their own.</summary>
public sealed class FigureAndRelatedLineTests
{
    [Theory]
    [InlineData("(Image source: Instagram/ Jane Doe)", null, "Instagram/ Jane Doe")]
    [InlineData("Photo: Jane Doe/Reuters", null, "Jane Doe/Reuters")]
    [InlineData("Credit: Example Studios", null, "Example Studios")]
    [InlineData("(Getty Images)", null, "Getty Images")]
    [InlineData("© Jane Doe", null, "Jane Doe")]
    [InlineData("Foto: dpa", null, "dpa")]
    [InlineData("Foto: privat", null, "privat")]
    [InlineData("Crédit photo : AFP", null, "AFP")]
    [InlineData("Bildquelle: Stadtarchiv", null, "Stadtarchiv")]
    [InlineData("Crowds gather at dawn. (AFP)", "Crowds gather at dawn.", "AFP")]
    [InlineData("Protesters march in Paris. REUTERS/Kevin Lamarque", "Protesters march in Paris.", "REUTERS/Kevin Lamarque")]
    [InlineData("Photo: Crowds gather at dawn in the square.", "Crowds gather at dawn in the square.", null)]
    public void ReadsPictureLines(string line, string? caption, string? credit)
    {
        var figure = CreditLine.Read(line);

        Assert.NotNull(figure);
        Assert.Equal(caption, figure.Caption);
        Assert.Equal(credit, figure.Credit);
    }

    [Theory]
    [InlineData("The president said on Monday that the talks had failed, according to Reuters.")]
    [InlineData("Source: the company said it would cut 200 jobs by the end of the year.")]
    [InlineData("Copyright law reform passed the Senate on Tuesday.")]
    public void LeavesStoryLines(string line) => Assert.Null(CreditLine.Read(line));

    [Theory]
    [InlineData("Related: Council delays vote on parking rules", "Council delays vote on parking rules", null)]
    [InlineData("Also Read: Mayor opens the new bridge", "Mayor opens the new bridge", null)]
    [InlineData("READ MORE | Mayor opens the new bridge", "Mayor opens the new bridge", null)]
    [InlineData("Read more: Mayor opens the new bridge https://example.com/bridge", "Mayor opens the new bridge", "https://example.com/bridge")]
    [InlineData("Lire aussi : Le maire inaugure le pont", "Le maire inaugure le pont", null)]
    [InlineData("Lesen Sie auch: Bürgermeister eröffnet die Brücke", "Bürgermeister eröffnet die Brücke", null)]
    [InlineData("Leia também: Prefeito inaugura a ponte", "Prefeito inaugura a ponte", null)]
    [InlineData("See also — “Mayor opens the new bridge”", "Mayor opens the new bridge", null)]
    public void ReadsPromoLines(string line, string title, string? url)
        => Assert.Equal(new RelatedLink(title, url, RelatedPlacement.Inline), RelatedLine.Read(line));

    [Theory]
    [InlineData("Related-party transactions are under review.")]
    [InlineData("Recommended dosage is two tablets a day.")]
    [InlineData("More From The Post")]
    [InlineData("Related: Bridge")]
    public void LeavesLinesThatAreNoPromo(string line) => Assert.Null(RelatedLine.Read(line));

    [Theory]
    [InlineData("alec and hilaria baldwin", true)]
    [InlineData("jane doe at the gala in new york", true)]
    [InlineData("protesters-in-paris", true)]
    [InlineData("the mayor is at the gala", false)] // a verb
    [InlineData("Jane Doe at the gala", false)] // capitals: a caption, not an alt text
    [InlineData("at the gala, in new york", false)] // punctuation
    public void ReadsAltTexts(string line, bool alt) => Assert.Equal(alt, AltTextLine.Reads(line));

    [Fact]
    public void AltTextOnlyBesideACredit()
    {
        var text = "Council Approves New Bike Lanes\n\nThe city council voted on Tuesday to approve a network of protected bike lanes downtown.\n\n"
            + "jane doe at the gala\n(Getty Images)\n\nSupporters packed the chamber for the vote.\n\nmore lanes soon\n\nOpponents said the loss of parking would hurt small businesses.\n";

        var result = Extractor.Clean(text, new ExtractionOptions { Explain = true });
        var article = result.Article!;

        Assert.Equal("jane doe at the gala", Assert.Single(article.Figures).Alt);
        Assert.DoesNotContain("jane doe", article.Text);
        // No credit beside it: not an image's alt text (whether a stray fragment is story is the model's call).
        Assert.DoesNotContain(result.Trace, t => t.What.Contains("more lanes soon") && t.Why.Contains("alt text"));
    }

    [Fact]
    public void CaptionJoinsOnlyInItsBlock()
    {
        var text = "Council Approves New Bike Lanes\n\nThe city council voted on Tuesday to approve a network of protected bike lanes downtown.\n\n"
            + "(Getty Images)\n\nSupporters packed the chamber for the vote.\n\nOpponents said the loss of parking would hurt small businesses.\n";

        var article = Extractor.Clean(text).Article!;

        Assert.Null(Assert.Single(article.Figures).Caption);
        Assert.Equal(3, article.Text.Split("\n\n").Length);
    }
}
