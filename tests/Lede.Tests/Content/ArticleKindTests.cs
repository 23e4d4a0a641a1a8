using Lede.Extraction;
namespace Lede.Tests.Content;

/// <summary>What a page is: an article, a listing of teasers, or neither.</summary>
public sealed class ArticleKindTests
{
    [Fact]
    public void AStoryIsAnArticle()
    {
        var article = Extractor.Extract(FallbackPages.Ordinary(), FallbackPages.Url).Article!;

        Assert.Equal(ArticleKind.Article, article.Kind);
        Assert.True(article.KindConfidence >= 0.9, $"confidence {article.KindConfidence}");
    }

    [Fact]
    public void AHomePageOfTeasersIsAListing()
    {
        var result = Extractor.Extract(Listing(), "https://metro.example/");

        Assert.Equal(ArticleKind.Listing, result.Article!.Kind);
        Assert.True(result.Article.KindConfidence >= 0.9, $"confidence {result.Article.KindConfidence}");
    }

    // Without a home page's address, the teasers in the body tell it.
    [Fact]
    public void ASectionFrontIsAListingByItsTeasers()
    {
        var result = Extractor.Extract(Listing(), "https://metro.example/news/", new ExtractionOptions { Explain = true });

        Assert.Equal(ArticleKind.Listing, result.Article!.Kind);
        Assert.Contains(result.Trace, t => t.Stage == "JudgeKind" && t.Why.StartsWith("listing (0.82): ") && t.Why.Contains("beside 12 teasers"));
    }

    [Fact]
    public void AnEmptyPageIsOther()
    {
        var result = Extractor.Extract("<html><head><title>Log in</title></head><body><form><input name=user><button>Log in</button></form></body></html>", "https://metro.example/login");

        Assert.Equal(ExtractionStatus.Empty, result.Status);
        Assert.Equal(ArticleKind.Other, result.Article!.Kind);
        Assert.Equal(1, result.Article.KindConfidence);
    }

    [Fact]
    public void ACleanedTextIsAnArticleUnlessItIsEmpty()
    {
        Assert.Equal(ArticleKind.Article, Extractor.Clean(string.Join("\n\n", FallbackPages.Story)).Article!.Kind);
        Assert.Equal(ArticleKind.Other, Extractor.Clean("  \n ").Article!.Kind);
    }

    [Fact]
    public void TheKindGoesThroughJson()
    {
        var article = Extractor.Extract(Listing(), "https://metro.example/").Article!;
        var json = JsonArticleWriter.Write(article);

        Assert.Contains("\"kind\": \"listing\"", json);
        var back = JsonArticleWriter.ReadArticle(json);
        Assert.Equal((article.Kind, article.KindConfidence), (back.Kind, back.KindConfidence));
        // JSON written before the kind existed reads as an article nobody judged.
        var old = JsonArticleWriter.ReadArticle("{\"title\":\"Storm\",\"blocks\":[]}");
        Assert.Equal((ArticleKind.Article, 0.0), (old.Kind, old.KindConfidence));
    }

    [Fact]
    public void MarkdownNamesAKindThatIsNotAnArticle()
    {
        var article = Extractor.Extract(Listing(), "https://metro.example/").Article!;

        Assert.StartsWith("---\nkind: listing\ntitle: Home\n", MarkdownWriter.Write(article, new MarkdownOptions { FrontMatter = true }));
    }

    // Twelve teaser cards — a linked headline, a sentence of excerpt, a byline — under the site's "Home" heading.
    private static string Listing() => FallbackPages.Page("<section class=\"latest\">" + string.Concat(Enumerable.Range(0, 12).Select(i => $"""
        <div class="card"><h2><a href="/news/2019/04/story-number-{i}-about-the-city">Story number {i} about the city and its council</a></h2>
        <p>A short excerpt of story {i}, which tells the reader in a sentence or two what happened and why it matters to them.</p>
        <span class="byline">By Staff Reporter</span></div>
        """)) + "</section>").Replace("<h1>Council expands bus network</h1>", "<h1>Home</h1>").Replace("Council expands bus network | Metro Daily", "Home | Metro Daily");
}
