using Lede.Quotes;

namespace Lede.Tests.Quotes;

/// <summary>Finding people (names, titles, what is not a person) and resolving their mentions.</summary>
public sealed class PeopleTests
{
    private static QuoteAnalysis Analyze(string text) => QuoteStage.Analyze(text);

    [Fact]
    public void FindsFullNamesAndStripsTitles()
    {
        var people = Analyze("Sen. Tim Walsh met Dr. Ana Ruiz in the capital on Monday.").People;
        Assert.Equal(["Tim Walsh", "Ana Ruiz"], people.Select(p => p.Name));
    }

    [Fact]
    public void PlacesOrganisationsAndSentenceStartsAreNotPeople()
    {
        var people = Analyze("However, the team went to the American Museum of Natural History in New York City. Walking in, "
            + "they met reporters from Entertainment Tonight.").People;
        Assert.Empty(people);
    }

    [Fact]
    public void SurnamesAndFirstNamesResolveToTheFullName()
    {
        var analysis = Analyze("Ana Ruiz and Tim Walsh arrived. “It was late,” Ruiz said. “We waited,” Tim responded.");
        Assert.Equal(["Ana Ruiz", "Tim Walsh"], analysis.Quotations.Select(q => q.Speaker?.Name));
        var ana = Assert.Single(analysis.People, p => p.Name == "Ana Ruiz");
        Assert.Equal(["Ana Ruiz", "Ruiz"], ana.Mentions);
    }

    [Fact]
    public void PronounsGoToTheMostRecentPersonTheyAgreeWith()
    {
        // Gender is learnt from the text: "Mr." tells Tim Walsh, "her" after Ana Ruiz tells her.
        var analysis = Analyze("Ana Ruiz opened her shop at dawn. Mr. Tim Walsh came by later. She said, “The street was empty.”");
        Assert.Equal("She", analysis.Quotations[0].Speaker?.Mention);
        Assert.Equal("Ana Ruiz", analysis.Quotations[0].Speaker?.Name);
    }

    [Fact]
    public void DescriptionsResolveFromTheirApposition()
    {
        var analysis = Analyze("Ana Ruiz, 35, met Tim Walsh, 61, at the harbour. Walsh spoke first. “It was late,” the 35-year-old said.");
        Assert.Equal("the 35-year-old", analysis.Quotations[0].Speaker?.Mention);
        Assert.Equal("Ana Ruiz", analysis.Quotations[0].Speaker?.Name);
    }

    [Fact]
    public void ADescriptionWithoutAnIntroductionGoesToThePersonBeforeItsSentence()
    {
        var analysis = Analyze("Ana Ruiz was expecting her child with the film star. “We are happy,” she said.");
        var star = analysis.Mentions.Single(m => m.Kind == MentionKind.Description);
        Assert.Null(star.Person); // Ruiz is named in the same sentence, so "the film star" is someone else.
        Assert.Equal("Ana Ruiz", analysis.Quotations[0].Speaker?.Name);
    }

    [Fact]
    public void CountsEachPersonsQuotations()
    {
        var people = Analyze("“One,” Ana Ruiz said. “Two,” Tim Walsh said. “Three,” Ruiz added.").People;
        Assert.Equal(2, people.Single(p => p.Name == "Ana Ruiz").QuotationCount);
        Assert.Equal(1, people.Single(p => p.Name == "Tim Walsh").QuotationCount);
    }
}
