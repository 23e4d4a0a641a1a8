namespace Lede.Tests.PlainText;

/// <summary>Quotations as a user of <c>lede clean</c> gets them: found in the cleaned body, placed in the input, kept to their paragraph.</summary>
public sealed class QuotesThroughCleanTests
{
    private static string Seed => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));

    [Fact]
    public void EverySeedQuotationIsFoundInTheInputAtItsInputSpan()
    {
        var text = Seed;
        var article = Extractor.Clean(text).Article!;

        Assert.Equal(7, article.Quotations.Count);
        foreach (var quotation in article.Quotations)
        {
            var span = quotation.InputSpan!.Value;
            var first = quotation.Parts[0];
            Assert.StartsWith(article.Text.Substring(first.Start, first.Length), text[span.Start..]);
            Assert.Equal(quotation.Parts.Count, quotation.InputParts.Count);
            for (int i = 0; i < quotation.Parts.Count; i++)
                Assert.Equal(article.Text.Substring(quotation.Parts[i].Start, quotation.Parts[i].Length), text.Substring(quotation.InputParts[i].Start, quotation.InputParts[i].Length));
            var speaker = quotation.Speaker!;
            Assert.Equal(speaker.Mention, text.Substring(speaker.InputSpan!.Value.Start, speaker.InputSpan.Value.Length));
        }
    }

    [Fact]
    public void AnUnclosedQuotationEndsWithItsParagraph()
    {
        const string text = "Council Approves New Bike Lanes\n\n"
            + "The mayor said, “We waited long enough for these lanes and the money is finally there.\n\n"
            + "Supporters packed the chamber for the vote on Tuesday night, and several spoke in favour of the plan.\n\n"
            + "Opponents said the loss of parking would hurt the small businesses along the corridor.\n";

        var article = Extractor.Clean(text).Article!;

        var quotation = Assert.Single(article.Quotations);
        Assert.Equal("We waited long enough for these lanes and the money is finally there.", quotation.Text);
        Assert.Equal("The mayor", quotation.Speaker?.Mention);
    }

    [Fact]
    public void TheQuotationsOfACleanTextAreThoseOfItsQuoteStage()
    {
        const string text = "Mayor Says Lanes Will Open in Spring.\n\n"
            + "Mayor Ana Ruiz said on Monday that the first protected lanes “will open before the end of April.”\n\n"
            + "“We have the money and we have the crews,” Ruiz told reporters at City Hall. “What we need now is a dry March.”\n\n"
            + "The council approved the plan last week by a vote of seven to two.\n";

        var cleaned = Extractor.Clean(text).Article!;

        Assert.Equal("Mayor Says Lanes Will Open in Spring.", cleaned.Title);
        Assert.Equal(["will open before the end of April.", "We have the money and we have the crews, What we need now is a dry March."], cleaned.Quotations.Select(q => q.Text));
        Assert.All(cleaned.Quotations, q => Assert.Equal("Ana Ruiz", q.Speaker?.Name));
        Assert.Equal(text.Split("\n\n", StringSplitOptions.TrimEntries)[1..], cleaned.Text.Split("\n\n"));
    }
}
