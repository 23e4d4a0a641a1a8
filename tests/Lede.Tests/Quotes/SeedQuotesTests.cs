namespace Lede.Tests.Quotes;

/// <summary>The seed story from its page (samples/seed-article.html) through Extractor.Extract.</summary>
public sealed class SeedQuotesFromHtmlTests : SeedQuotesTests
{
    private static readonly Lazy<Article> FromHtml = new(() => Read(Extractor.Extract(File.ReadAllBytes(Sample("seed-article.html")))));

    protected override Article Article => FromHtml.Value;
}

/// <summary>The seed story as a naive scrape left it (samples/seed-article.txt) through Extractor.Clean.</summary>
public sealed class SeedQuotesFromTextTests : SeedQuotesTests
{
    private static readonly Lazy<Article> FromText = new(() => Read(Extractor.Clean(File.ReadAllText(Sample("seed-article.txt")))));

    protected override Article Article => FromText.Value;
}

/// <summary>The seven quotations of the seed story, their speakers, cues and media — the same from the page and from the text.</summary>
public abstract class SeedQuotesTests
{
    protected abstract Article Article { get; }

    protected static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    protected static Article Read(ExtractionResult result)
    {
        Assert.True(result.IsOk, result.Reason);
        return result.Article!;
    }

    [Fact]
    public void FindsTheSevenQuotationsWithTheirSpeakersInOrder()
    {
        var quotations = Article.Quotations;
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
        var quotations = Article.Quotations;
        Assert.Equal(["Hilaria Baldwin", "The 35-year-old", "Baldwin", "Alec Baldwin", "Hilaria", "Alec", "She"], quotations.Select(q => q.Speaker!.Mention));
        var text = Article.Text;
        foreach (var q in quotations) Assert.Equal(q.Speaker!.Mention, text.Substring(q.Speaker.Span.Start, q.Speaker.Span.Length));
    }

    [Fact]
    public void SpansAreExactOffsetsIntoTheText()
    {
        var text = Article.Text;
        foreach (var q in Article.Quotations)
        {
            Assert.Equal(q.Text, string.Join(" ", q.Parts.Select(p => text.Substring(p.Start, p.Length))));
            if (q.Parts.Count == 1) Assert.Equal(q.Text, text.Substring(q.Span.Start, q.Span.Length));
            Assert.Equal(q.Cue!.Verb, text.Substring(q.Cue.Span.Start, q.Cue.Span.Length));
        }
        // “I believe…,” Baldwin said. “I kept on…” is one quotation in two parts.
        var interrupted = Article.Quotations[2];
        Assert.Equal(2, interrupted.Parts.Count);
        Assert.StartsWith("I believe, when you go through", interrupted.Text);
        Assert.EndsWith("then you can work on it.", interrupted.Text);
        Assert.StartsWith("I’m doing as best as you can.", Article.Quotations[0].Text);
        Assert.EndsWith("very healing for me.", Article.Quotations[0].Text);
    }

    [Fact]
    public void KeepsTheNestedQuotationInsideAlecsQuotation()
    {
        var shared = Article.Quotations[3];
        var nested = Assert.Single(shared.Nested);
        Assert.Equal("This is great. Let’s have more!", nested.Text);
        Assert.StartsWith("If you have kids", shared.Text);
    }

    [Fact]
    public void ReadsAddresseeAndMedium()
    {
        var quotations = Article.Quotations;
        Assert.Equal("Entertainment Tonight", quotations[0].Addressee);
        Assert.Equal("Instagram", quotations[6].Medium);
        Assert.Null(quotations[1].Addressee);
    }

    [Fact]
    public void ListsThePeopleWithTheirFormsAndCounts()
    {
        var people = Article.People;
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
