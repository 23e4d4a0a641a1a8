namespace Lede.Tests.Quotes;

/// <summary>samples/seed-article.html: the seven quotations of the story, their speakers, cues and media.</summary>
public sealed class SeedQuotesTests
{
    private static readonly Lazy<Article> Article = new(() =>
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html"));
        var result = Extractor.Extract(bytes);
        Assert.True(result.IsOk);
        return result.Article!;
    });

    [Fact]
    public void FindsTheSevenQuotationsWithTheirSpeakersInOrder()
    {
        var quotations = Article.Value.Quotations;
        Assert.Equal(
            ["Hilaria Baldwin", "Hilaria Baldwin", "Hilaria Baldwin", "Alec Baldwin", "Hilaria Baldwin", "Alec Baldwin", "Hilaria Baldwin"],
            quotations.Select(q => q.Speaker?.Name));
        Assert.Equal(["told", "added", "said", "shared", "adding", "responded", "wrote"], quotations.Select(q => q.Cue?.Verb));
        Assert.Equal(CueKind.Written, quotations[6].Cue!.Kind);
        Assert.Equal(CueKind.Spoken, quotations[0].Cue!.Kind);
    }

    [Fact]
    public void SpeakerMentionsAreTheWordsOfTheText()
    {
        var quotations = Article.Value.Quotations;
        Assert.Equal(["Hilaria Baldwin", "The 35-year-old", "Baldwin", "Alec Baldwin", "Hilaria", "Alec", "She"], quotations.Select(q => q.Speaker!.Mention));
        var text = Article.Value.Text;
        foreach (var q in quotations) Assert.Equal(q.Speaker!.Mention, text.Substring(q.Speaker.Span.Start, q.Speaker.Span.Length));
    }

    [Fact]
    public void SpansAreExactOffsetsIntoTheText()
    {
        var text = Article.Value.Text;
        foreach (var q in Article.Value.Quotations)
        {
            Assert.Equal(q.Text, string.Join(" ", q.Parts.Select(p => text.Substring(p.Start, p.Length))));
            if (q.Parts.Count == 1) Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
            Assert.Equal(q.Cue!.Verb, text.Substring(q.Cue.Span.Start, q.Cue.Span.Length));
        }
        // “I believe…,” Baldwin said. “I kept on…” is one quotation in two parts.
        var interrupted = Article.Value.Quotations[2];
        Assert.Equal(2, interrupted.Parts.Count);
        Assert.StartsWith("I believe, when you go through", interrupted.Text);
        Assert.EndsWith("then you can work on it.", interrupted.Text);
        Assert.StartsWith("I’m doing as best as you can.", Article.Value.Quotations[0].Text);
        Assert.EndsWith("very healing for me.", Article.Value.Quotations[0].Text);
    }

    [Fact]
    public void KeepsTheNestedQuotationInsideAlecsQuotation()
    {
        var shared = Article.Value.Quotations[3];
        var nested = Assert.Single(shared.Nested);
        Assert.Equal("This is great. Let’s have more!", nested.Text);
        Assert.StartsWith("If you have kids", shared.Text);
    }

    [Fact]
    public void ReadsAddresseeAndMedium()
    {
        var quotations = Article.Value.Quotations;
        Assert.Equal("Entertainment Tonight", quotations[0].Addressee);
        Assert.Equal("Instagram", quotations[6].Medium);
        Assert.Null(quotations[1].Addressee);
    }

    [Fact]
    public void ListsThePeopleWithTheirFormsAndCounts()
    {
        var people = Article.Value.People;
        var hilaria = Assert.Single(people, p => p.Name == "Hilaria Baldwin");
        var alec = Assert.Single(people, p => p.Name == "Alec Baldwin");
        Assert.Equal(5, hilaria.QuotationCount);
        Assert.Equal(2, alec.QuotationCount);
        Assert.Contains("Hilaria", hilaria.Mentions);
        Assert.Contains("The 35-year-old", hilaria.Mentions);
        Assert.Contains("She", hilaria.Mentions);
        Assert.Contains("Alec", alec.Mentions);
        Assert.DoesNotContain(people, p => p.Name.Contains("Tonight", StringComparison.Ordinal) || p.Name.Contains("Museum", StringComparison.Ordinal));
    }
}
