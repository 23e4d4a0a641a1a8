using Lede.Quotes;

namespace Lede.Tests.Quotes;

/// <summary>Cue words and the speaker patterns on either side of a quotation.</summary>
public sealed class CueAndSpeakerTests
{
    private static Quotation Only(string text) => Assert.Single(QuoteStage.Analyze(text).Quotations);

    [Theory]
    [InlineData("said", CueKind.Spoken)]
    [InlineData("responded", CueKind.Spoken)]
    [InlineData("adding", CueKind.Spoken)]
    [InlineData("wrote", CueKind.Written)]
    [InlineData("tweeted", CueKind.Written)]
    public void TheLexiconKnowsTheKind(string verb, CueKind kind)
    {
        Assert.True(CueLexicon.TryGet(verb, out var found));
        Assert.Equal(kind, found);
    }

    [Fact]
    public void OrdinaryWordsAreNotCues() => Assert.False(CueLexicon.TryGet("table", out _));

    [Theory]
    [InlineData("Maria Lopez said, “We will rebuild the whole street.”", "Maria Lopez", "said")]
    [InlineData("“We will rebuild the whole street,” Maria Lopez said.", "Maria Lopez", "said")]
    [InlineData("“We will rebuild the whole street,” said Maria Lopez.", "Maria Lopez", "said")]
    [InlineData("“We will rebuild the whole street,” according to Maria Lopez.", "Maria Lopez", "according to")]
    [InlineData("Maria Lopez further added, “We will rebuild the whole street.”", "Maria Lopez", "added")]
    [InlineData("Maria Lopez, the mayor, said the town would “rebuild the whole street.”", "Maria Lopez", "said")]
    public void FindsTheSpeakerOnEitherSide(string text, string speaker, string cue)
    {
        var quotation = Only(text);
        Assert.Equal(speaker, quotation.Speaker?.Mention);
        Assert.Equal(cue, quotation.Cue?.Verb);
    }

    [Fact]
    public void AColonAfterANameAttributesWithoutACue()
    {
        var quotation = Only("Maria Lopez: “We will rebuild the whole street.”");
        Assert.Equal("Maria Lopez", quotation.Speaker?.Mention);
        Assert.Null(quotation.Cue);
    }

    [Fact]
    public void ACapitalisedCueWordMidSentenceIsAName()
    {
        var analysis = QuoteStage.Analyze("Tom Read runs the bakery. “We lost the whole shop front,” Read said.");
        Assert.Equal("Read", analysis.Quotations[0].Speaker?.Mention);
        Assert.Equal("Tom Read", analysis.Quotations[0].Speaker?.Name);
    }

    [Theory]
    [InlineData("Maria Lopez told Channel Four News, “We will rebuild the whole street.”", "Channel Four News", null)]
    [InlineData("Maria Lopez wrote on Instagram, “We will rebuild the whole street.”", null, "Instagram")]
    [InlineData("“We will rebuild the whole street,” Maria Lopez said in a statement.", null, "a statement")]
    public void ReadsAddresseeAndMedium(string text, string? addressee, string? medium)
    {
        var quotation = Only(text);
        Assert.Equal(addressee, quotation.Addressee);
        Assert.Equal(medium, quotation.Medium);
    }

    [Fact]
    public void ScareQuotesAndTitlesAreNotQuotations()
    {
        Assert.Empty(QuoteStage.Analyze("The so-called “alternative” ecosystem grew fast in the suburbs.").Quotations);
        Assert.Empty(QuoteStage.Analyze("She starred in “The Long Night” and later moved to Rome.").Quotations);
    }

    [Fact]
    public void AnUnattributedLongQuotationContinuesThePreviousSpeaker()
    {
        var analysis = QuoteStage.Analyze("“We will rebuild,” Maria Lopez said.\n\n“It will take a year, maybe two, and a lot of money.”");
        Assert.Equal(2, analysis.Quotations.Count);
        Assert.Equal("Maria Lopez", analysis.Quotations[1].Speaker?.Name);
    }
}
