using Lede.Quotes;

namespace Lede.Tests.Quotes;

/// <summary>The speaker rules for questions, trailing attributions, objects of cues, places and addressees.</summary>
public sealed class SpeakerRuleTests
{
    private static Quotation First(string text) => QuoteStage.Analyze(text).Quotations[0];

    [Theory]
    [InlineData("“Who will pay for the new bridge?” Maria Lopez asked.", "Maria Lopez")]
    [InlineData("“Stop the trucks!” Maria Lopez shouted at the crowd.", "Maria Lopez")]
    public void AQuestionMarkDoesNotEndTheReportingSentence(string text, string speaker) =>
        Assert.Equal(speaker, First(text).Speaker?.Mention);

    [Theory]
    [InlineData("The council “lost track of the money” last spring, said auditor Paul Werner.", "Paul Werner")]
    [InlineData("The bridge plan is “a fantasy” and the town knows it, Maria Lopez said on Monday.", "Maria Lopez")]
    public void ATrailingAttributionReportsItsSentence(string text, string speaker) =>
        Assert.Equal(speaker, First(text).Speaker?.Mention);

    [Theory]
    [InlineData("Maria Lopez attacked the plan on Monday, calling her “a reckless gambler with public money.”")]
    [InlineData("Maria Lopez endorsed the plan on Monday, saying he “has always kept his promises to this town.”")]
    public void APronounAfterACueIsNotAnInvertedSpeaker(string text) =>
        Assert.Equal("Maria Lopez", First(text).Speaker?.Mention);

    [Theory]
    [InlineData("Readers wrote in after the vote.\n\n“The new lanes saved my commute.” ― Maria Lopez\n\n“They took our parking.” ― Paul Werner", "Maria Lopez", "Paul Werner")]
    [InlineData("“The new lanes saved my commute.” — Maria Lopez, a nurse from Elm Street “They took our parking.” — Paul Werner.", "Maria Lopez", "Paul Werner")]
    public void AQuotationSignedWithADashIsTheSignersOwn(string text, string first, string second)
    {
        var quotations = QuoteStage.Analyze(text).Quotations;

        Assert.Equal([first, second], quotations.Select(q => q.Speaker?.Mention));
    }

    [Fact]
    public void ADashBeforeAReportingSentenceIsNoSignature()
    {
        var quotation = First("“The lanes are done” — Maria Lopez said it twice on Monday, to anyone who asked.");

        Assert.Equal("Maria Lopez", quotation.Speaker?.Mention);
        Assert.Equal("said", quotation.Cue?.Verb);
    }

    [Fact]
    public void WordsThatNameNoOneGiveWayToTheSubject()
    {
        var quotation = First("Paul Werner called the use of private email servers “careless beyond belief.”");
        Assert.Equal("Paul Werner", quotation.Speaker?.Mention);
    }

    [Fact]
    public void ACommaQuotationFollowedByItsCueIgnoresAnEarlierCue()
    {
        var analysis = QuoteStage.Analyze("Maria Lopez said the vote was close, but “we will win it,” said Paul Werner.");
        Assert.Equal("Paul Werner", analysis.Quotations[0].Speaker?.Mention);
    }

    [Fact]
    public void APlaceIsNotAPersonAPronounCanReferTo()
    {
        var analysis = QuoteStage.Analyze("Paul Werner flew home. In South Carolina the polls closed. “We did well,” he said.");
        Assert.Equal("Paul Werner", analysis.Quotations[0].Speaker?.Name);
        Assert.DoesNotContain(analysis.People, p => p.Name == "South Carolina");
    }

    [Fact]
    public void TheAddresseeOfToldIsNotASpeakerByPosition()
    {
        var analysis = QuoteStage.Analyze("Paul Werner told Kestrel that he expects “a long and hard winter.”");
        Assert.DoesNotContain(analysis.People, p => p.Name == "Kestrel");
        Assert.Equal("Paul Werner", analysis.Quotations[0].Speaker?.Name);
    }

    [Theory]
    [InlineData("The council published its report. “Nine of the ten bridges need repair,” it stated.")]
    [InlineData("The council published its report. It added, “Nine of the ten bridges need repair.”")]
    public void AnOrganisationSpeaksAsIt(string text) => Assert.Equal("it", First(text).Speaker?.Mention, ignoreCase: true);

    [Fact]
    public void ASentenceThatIntroducesTheQuotationWinsOverAnEarlierSpeaker()
    {
        var analysis = QuoteStage.Analyze(
            "“We will rebuild the whole street,” said Maria Lopez.\n\nPaul Werner answered in a statement. “Nobody has seen the money for it yet.”");
        Assert.Equal("Paul Werner", analysis.Quotations[1].Speaker?.Name);
    }
}
