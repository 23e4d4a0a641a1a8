using Lede.Input;

namespace Lede.Tests.Input;

/// <summary>The guard's pre-scan empties scripts and style sheets (never read), but keeps JSON-LD and all markup.</summary>
public sealed class CodeElisionTests
{
    private static string Elide(string html) => NestingGuard.Bound(html, 256, out _, elideCode: true);

    [Fact]
    public void ScriptAndStyleBodiesAreEmptied()
        => Assert.Equal("<head><script src=\"a.js\"></script><style></style></head><body><p>Text</p><script></script></body>",
            Elide("<head><script src=\"a.js\">var x = '<p>not markup</p>';</script><style>p { color: red }</style></head>"
                  + "<body><p>Text</p><script>if (a < b) document.write('</div>');</script></body>"));

    [Fact]
    public void JsonLdIsKept()
    {
        var html = "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\",\"headline\":\"</p>\"}</script><p>Text</p>";
        Assert.Same(html, Elide(html));
    }

    [Fact]
    public void AnEndTagInsideAStringEndsTheScriptAsTheTokenizerDoes()
        => Assert.Equal("<script></script>');</script><p>After</p>", Elide("<script>x('</script>');</script><p>After</p>"));

    [Fact]
    public void AnUnclosedScriptRunsToTheEnd() => Assert.Equal("<p>A</p><script>", Elide("<p>A</p><script>var a = 1; <p>never shown</p>"));

    [Fact]
    public void ScriptsInsideSvgAreMarkupNotRawText()
    {
        var html = "<svg><script>a</script></svg><p>Text</p>";
        Assert.Same(html, Elide(html));
    }

    [Fact]
    public void WithoutElisionTheMarkupIsUntouched()
    {
        var html = "<script>var a = 1;</script><style>p{}</style><p>Text</p>";
        Assert.Same(html, NestingGuard.Bound(html, 256, out _));
    }

    [Fact]
    public void TheExtractorStillReadsJsonLdAndTheStory()
    {
        var html = "<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Council expands bus network\","
                   + "\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}</script><script>var story = 'Tracking code';</script></head><body><article>"
                   + "<h1>Council expands bus network</h1><p>The city council voted on Tuesday to expand the bus network, adding four new routes to the suburbs.</p>"
                   + "<p>Council members argued for more than three hours before the vote, which passed by seven votes to two.</p></article></body></html>";
        var article = Extractor.Extract(html).Article!;
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.DoesNotContain("Tracking", article.Text, StringComparison.Ordinal);
        Assert.Contains("seven votes to two", article.Text, StringComparison.Ordinal);
    }
}
