using Lede.Metadata;

namespace Lede.Tests.Metadata;

public sealed class JsonLdTests
{
    private static MetadataFacts Read(params string[] scripts) => JsonLd.Read([.. scripts.Select(s => s.AsMemory())]);

    [Fact]
    public void ReadsANewsArticle()
    {
        var facts = Read("""
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council expands bus network",
             "alternativeHeadline": "Four new routes", "description": "The council voted.",
             "author": {"@type": "Person", "name": "Jane Doe"}, "publisher": {"@type": "Organization", "name": "Metro Daily"},
             "datePublished": "2019-04-12T10:30:00+02:00", "dateModified": "2019-04-13T08:00:00+02:00",
             "articleSection": "Local", "keywords": "buses, council, transport", "inLanguage": "en-GB",
             "image": {"@type": "ImageObject", "url": "https://example.com/bus.jpg"}, "mainEntityOfPage": {"@id": "https://example.com/story"},
             "license": "https://creativecommons.org/licenses/by/4.0/"}
            """);
        Assert.Equal("Council expands bus network", facts.Title!.Value.Value);
        Assert.Equal("Four new routes", facts.AlternativeHeadline!.Value.Value);
        Assert.Equal("The council voted.", facts.Description!.Value.Value);
        Assert.Equal(["Jane Doe"], facts.Authors!.Value.Value);
        Assert.Equal("Metro Daily", facts.Publisher!.Value.Value);
        Assert.Equal("2019-04-12T10:30:00+02:00", facts.Published!.Value.Value.ToString());
        Assert.Equal("JSON-LD NewsArticle datePublished", facts.Published!.Value.Source);
        Assert.Equal("2019-04-13T08:00:00+02:00", facts.Modified!.Value.Value.ToString());
        Assert.Equal("Local", facts.Section!.Value.Value);
        Assert.Equal(["buses", "council", "transport"], facts.Tags!.Value.Value);
        Assert.Equal("en-GB", facts.Language!.Value.Value);
        Assert.Equal("https://example.com/bus.jpg", facts.Image!.Value.Value);
        Assert.Equal("https://example.com/story", facts.Url!.Value.Value);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", facts.License!.Value.Value);
    }

    [Fact]
    public void ResolvesAGraphWithIdReferences()
    {
        var facts = Read("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "https://example.com/#website", "name": "Metro Daily"},
              {"@type": "Organization", "@id": "https://example.com/#org", "name": "Metro Media Group"},
              {"@type": "Person", "@id": "https://example.com/#/person/1", "name": "Jane Doe"},
              {"@type": ["Article", "NewsArticle"], "headline": "Council expands bus network", "datePublished": "2019-04-12",
               "author": {"@id": "https://example.com/#/person/1"}, "publisher": {"@id": "https://example.com/#org"}}
            ]}
            """);
        Assert.Equal(["Jane Doe"], facts.Authors!.Value.Value);
        Assert.Equal("Metro Media Group", facts.Publisher!.Value.Value);
        Assert.Equal("Metro Daily", facts.SiteName!.Value.Value);
        Assert.Equal("2019-04-12", facts.Published!.Value.Value.ToString());
    }

    [Fact]
    public void ReadsSeveralScriptsArraysAndMainEntity()
    {
        var facts = Read(
            """[{"@type": "BreadcrumbList", "itemListElement": []}, {"@type": "WebSite", "name": "Metro Daily"}]""",
            """{"@type": "WebPage", "name": "Page", "mainEntity": {"@type": "http://schema.org/ReportageNewsArticle", "headline": "Main story", "datePublished": "2019-04-12"}}""");
        Assert.Equal("Main story", facts.Title!.Value.Value);
        Assert.Equal("Metro Daily", facts.SiteName!.Value.Value);
    }

    [Fact]
    public void FallsBackToTheWebPage()
    {
        var facts = Read("""{"@type": "WebPage", "name": "About the council", "datePublished": "2019-04-12", "inLanguage": {"@type": "Language", "name": "German", "alternateName": "de"}}""");
        Assert.Equal("About the council", facts.Title!.Value.Value);
        Assert.Equal("de", facts.Language!.Value.Value);
    }

    [Theory]
    [InlineData("\"Jane Doe\"", new[] { "Jane Doe" })]
    [InlineData("{\"@type\": \"Person\", \"name\": \"Jane Doe\"}", new[] { "Jane Doe" })]
    [InlineData("[{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, {\"@type\": \"Person\", \"name\": \"John Roe\"}]", new[] { "Jane Doe", "John Roe" })]
    [InlineData("[\"Jane Doe\", \"John Roe\"]", new[] { "Jane Doe", "John Roe" })]
    [InlineData("\"By Jane Doe and John Roe\"", new[] { "Jane Doe", "John Roe" })]
    [InlineData("{\"@type\": \"Person\", \"givenName\": \"Jane\", \"familyName\": \"Doe\"}", new[] { "Jane Doe" })]
    [InlineData("[{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, {\"@type\": \"Organization\", \"name\": \"Metro Daily\"}]", new[] { "Jane Doe" })]
    public void ReadsAuthorsInEveryShape(string author, string[] expected)
    {
        var facts = Read($$"""{"@type": "NewsArticle", "headline": "H", "author": {{author}}}""");
        Assert.Equal(expected, facts.Authors!.Value.Value);
    }

    [Fact]
    public void AnOrganisationAsAuthorIsNoPerson()
    {
        var facts = Read("""{"@type": "NewsArticle", "headline": "H", "author": {"@type": "Organization", "name": "Reuters"}}""");
        Assert.Null(facts.Authors);
        Assert.Equal("Reuters", facts.Organisations!.Value.Value);
    }

    [Fact]
    public void ToleratesTrailingCommasAndComments()
    {
        var facts = Read("""
            // generated by the CMS
            {"@type": "NewsArticle", /* the story */ "headline": "Council expands bus network", "keywords": ["buses", "council",],}
            """);
        Assert.Equal("Council expands bus network", facts.Title!.Value.Value);
        Assert.Equal(["buses", "council"], facts.Tags!.Value.Value);
    }

    [Fact]
    public void MendsEntitiesWrappersAndRawLineBreaks()
    {
        Assert.Equal("Council expands", Read("{&quot;@type&quot;: &quot;NewsArticle&quot;, &quot;headline&quot;: &quot;Council expands&quot;}").Title!.Value.Value);
        Assert.Equal("Council expands", Read("<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Council expands\"}\n-->").Title!.Value.Value);
        Assert.Equal("Council expands", Read("<![CDATA[{\"@type\": \"NewsArticle\", \"headline\": \"Council expands\"}]]>").Title!.Value.Value);
        Assert.Equal("Council expands bus network", Read("{\"@type\": \"NewsArticle\", \"headline\": \"Council expands\n\tbus network\"}").Title!.Value.Value);
    }

    [Fact]
    public void DecodesEntitiesInsideValidJson()
        => Assert.Equal("Rock & Roll’s night", Read("""{"@type": "NewsArticle", "headline": "Rock &amp; Roll&#8217;s night"}""").Title!.Value.Value);

    [Fact]
    public void IgnoresBrokenScriptsSilently()
    {
        var facts = Read("{\"@type\": \"NewsArticle\", \"headline\": ", """{"@type": "NewsArticle", "headline": "Second script"}""");
        Assert.Equal("Second script", facts.Title!.Value.Value);
        Assert.Null(Read("not json at all").Title);
    }

    [Fact]
    public void PrefersTheArticleWithAHeadlineOverAStub()
    {
        var facts = Read("""[{"@type": "Article", "url": "https://example.com/teaser"}, {"@type": "BlogPosting", "headline": "The post", "datePublished": "2019-04-12"}]""");
        Assert.Equal("The post", facts.Title!.Value.Value);
    }
}
