using static Lede.Tests.Metadata.MetaPages;
using Lede.Extraction;

namespace Lede.Tests.Metadata;

public sealed class MetaTagsTests
{
    private const string Url = "https://www.example.com/news/council-expands-bus-network";

    [Fact]
    public void ReadsOpenGraphArticleAndTwitterTags()
    {
        var article = Read(Page(head: """
            <meta property="og:title" content="Council expands bus network | Metro Daily">
            <meta property="og:site_name" content="Metro Daily">
            <meta property="og:description" content="Four new routes for the eastern suburbs.">
            <meta property="og:image" content="/images/bus.jpg">
            <meta property="og:locale" content="en_GB">
            <meta property="article:published_time" content="2019-04-12T10:30:00+01:00">
            <meta property="article:modified_time" content="2019-04-13T09:00:00+01:00">
            <meta property="article:section" content="Local">
            <meta property="article:tag" content="buses"><meta property="article:tag" content="council">
            <meta name="author" content="By Jane Doe">
            <link rel="canonical" href="/news/council-expands-bus-network?ref=home">
            """, htmlAttributes: ""), Url);
        Assert.Equal("Metro Daily", article.SiteName);
        Assert.Equal("Four new routes for the eastern suburbs.", article.Description);
        Assert.Equal("https://www.example.com/images/bus.jpg", article.MainImage);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("2019-04-12T10:30:00+01:00", article.Published!.ToString());
        Assert.Equal("2019-04-13T09:00:00+01:00", article.Modified!.ToString());
        Assert.Equal("Local", article.Section);
        Assert.Equal(["buses", "council"], article.Tags);
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal("https://www.example.com/news/council-expands-bus-network?ref=home", article.CanonicalUrl);
    }

    [Theory]
    [InlineData("pubdate", "2019-04-12")]
    [InlineData("publishdate", "2019-04-12T10:00:00")]
    [InlineData("dc.date", "2019-04-12")]
    [InlineData("DC.date.issued", "2019-04-12")]
    [InlineData("dcterms.created", "2019-04-12")]
    [InlineData("sailthru.date", "2019-04-12 10:00:00")]
    [InlineData("parsely-pub-date", "2019-04-12T10:00:00Z")]
    [InlineData("article.published", "2019-04-12")]
    [InlineData("date", "April 12, 2019")]
    public void ReadsWellKnownDateNames(string name, string value)
        => Assert.Equal(new DateOnly(2019, 4, 12), Read(Page(head: $"<meta name=\"{name}\" content=\"{value}\">")).Published!.Date);

    [Fact]
    public void StructuredDataWinsOverMetaTags()
    {
        var result = Explain(Page(head: """
            <meta property="article:published_time" content="2019-04-11T10:00:00Z">
            <meta name="author" content="Someone Else">
            """ + JsonLd("""{"@type": "NewsArticle", "headline": "Council expands bus network", "datePublished": "2019-04-12T10:00:00Z", "author": {"@type": "Person", "name": "Jane Doe"}}""")));
        Assert.Equal("2019-04-12T10:00:00Z", result.Article!.Published!.ToString());
        Assert.Equal(["Jane Doe"], result.Article.Authors);
        Assert.Contains(result.Trace, t => t.Stage == "ReadMetadata" && t.What == "published: 2019-04-12T10:00:00Z" && t.Why == "JSON-LD NewsArticle datePublished");
        Assert.Contains(result.Trace, t => t.Stage == "ReadMetadata" && t.What == "authors: Jane Doe" && t.Why == "JSON-LD NewsArticle author");
    }

    [Fact]
    public void ExplainsWhereEveryFieldCameFrom()
    {
        var result = Explain(Page(head: "<meta property=\"og:site_name\" content=\"Metro Daily\"><meta name=\"description\" content=\"Four new routes.\">",
            header: "<p class=\"byline\">By Jane Doe</p><time datetime=\"2019-04-12\">12 April 2019</time>"));
        var metadata = result.Trace.Where(t => t.Stage == "ReadMetadata").ToDictionary(t => t.What[..t.What.IndexOf(':')], t => t.Why);
        Assert.Equal("<h1> confirmed by <title>", metadata["title"]);
        Assert.Equal("meta og:site_name", metadata["siteName"]);
        Assert.Equal("meta description", metadata["description"]);
        Assert.Equal("byline element near the headline", metadata["authors"]);
        Assert.Equal("<time> near the headline", metadata["published"]);
        Assert.Equal("<html lang>", metadata["language"]);
        Assert.Empty(Extractor.Extract(Page()).Trace);
    }

    [Fact]
    public void KeywordsAndNewsKeywordsBecomeTags()
        => Assert.Equal(["buses", "council", "transport"], Read(Page(head: "<meta name=\"news_keywords\" content=\"buses, council,transport\">")).Tags);

    [Fact]
    public void ReadsACreativeCommonsLicenceLink()
    {
        var article = Read(Page(footer: "<p>This work is licensed under <a rel=\"license\" href=\"https://creativecommons.org/licenses/by-sa/4.0/\">CC BY-SA 4.0</a>.</p>"));
        Assert.Equal("https://creativecommons.org/licenses/by-sa/4.0/", article.License);
    }

    [Fact]
    public void RefusesACanonicalThatPointsAtAHomePage()
        => Assert.Null(Read(Page(head: "<link rel=\"canonical\" href=\"https://other.example.org/\">"), Url).CanonicalUrl);

    [Fact]
    public void SiteNameFallsBackToTheTitleSuffix()
        => Assert.Equal("Metro Daily", Read(Page()).SiteName);

    [Fact]
    public void AnAuthorThatIsTheSiteIsThePublisher()
    {
        var article = Read(Page(head: "<meta property=\"og:site_name\" content=\"Metro Daily\"><meta name=\"author\" content=\"Metro Daily\">"));
        Assert.Empty(article.Authors);
    }

    [Fact]
    public void ReadsMicrodata()
    {
        var article = Read(Page(header: """
            <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></div>
            <meta itemprop="datePublished" content="2019-04-12T10:00:00+02:00">
            """));
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal("2019-04-12T10:00:00+02:00", article.Published!.ToString());
    }
}
