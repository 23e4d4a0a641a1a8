using System.Text.Json;

namespace Lede.Tests.Output;

public sealed class JsonArticleWriterTests
{
    [Fact]
    public void WritesCompactCamelCaseJsonWithoutNulls()
    {
        var article = new Article
        {
            Title = "Vote “today”",
            Blocks = [new HeadingBlock(2, "Polls"), new ParagraphBlock("Line one\nline two")],
            Figures = [new Figure { Src = "https://x.example/a.jpg" }],
            Related = [new RelatedLink("More", null, RelatedPlacement.Rail)],
        };

        Assert.Equal(
            """{"kind":"article","kindConfidence":0,"title":"Vote “today”","authors":[],"tags":[],"blocks":[{"type":"heading","level":2,"text":"Polls","inlines":[]},{"type":"paragraph","text":"Line one\nline two","inlines":[]}],"figures":[{"src":"https://x.example/a.jpg"}],"related":[{"title":"More","placement":"rail"}],"quotations":[],"people":[],"text":"Polls\n\nLine one\nline two"}""",
            JsonArticleWriter.Write(article, indented: false));
    }

    [Fact]
    public void WritingIntoAUtf8WriterGivesTheSameJsonAsTheString()
    {
        var article = OutputSamples.Rich();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            JsonArticleWriter.Write(writer, article);
        Assert.Equal(JsonArticleWriter.Write(article, indented: false), System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    [Fact]
    public void WritesAFailedResultWithItsReasonAndNoArticle()
    {
        Assert.Equal(
            "{\n  \"status\": \"notHtml\",\n  \"reason\": \"The input starts with a PNG signature.\",\n  \"trace\": []\n}",
            JsonArticleWriter.Write(OutputSamples.NotHtml()));
    }

    [Theory]
    [InlineData(ExtractionStatus.Ok, "ok")]
    [InlineData(ExtractionStatus.Empty, "empty")]
    [InlineData(ExtractionStatus.NotHtml, "notHtml")]
    [InlineData(ExtractionStatus.TooLarge, "tooLarge")]
    [InlineData(ExtractionStatus.Timeout, "timeout")]
    public void WritesStatusesAsCamelCaseStrings(ExtractionStatus status, string expected)
    {
        string json = JsonArticleWriter.Write(new ExtractionResult { Status = status }, indented: false);

        Assert.Equal($$"""{"status":"{{expected}}","trace":[]}""", json);
        Assert.Equal(status, JsonArticleWriter.Read(json).Status);
    }

    [Fact]
    public void TagsNestedListsLikeTopLevelOnes()
    {
        var list = new ListBlock(false, [new ListItem("a", [new ListBlock(true, [new ListItem("b")])])]);

        Assert.Equal(
            """{"kind":"article","kindConfidence":0,"authors":[],"tags":[],"blocks":[{"type":"list","ordered":false,"items":[{"text":"a","children":[{"type":"list","ordered":true,"items":[{"text":"b","children":[],"inlines":[]}]}],"inlines":[]}]}],"figures":[],"related":[],"quotations":[],"people":[],"text":"a\n  b"}""",
            JsonArticleWriter.Write(new Article { Blocks = [list] }, indented: false));
    }

    [Fact]
    public void RoundTripsARichResult()
    {
        string json = JsonArticleWriter.Write(OutputSamples.RichResult());

        var back = JsonArticleWriter.Read(json);

        Assert.Equal(json, JsonArticleWriter.Write(back));
        Assert.Equal(ExtractionStatus.Ok, back.Status);
        Assert.Equal(OutputSamples.Rich().Text, back.Article!.Text);
        var list = Assert.IsType<ListBlock>(back.Article.Blocks[2]);
        Assert.Equal(["North", "South"], list.Items[0].Children[0].Items.Select(i => i.Text));
        var figure = Assert.IsType<FigureBlock>(back.Article.Blocks[6]);
        Assert.Equal(OutputSamples.Pier, figure.Figure);
        Assert.Equal(OutputSamples.Pier, Assert.Single(back.Article.Figures));
        Assert.Equal(new TraceEntry("PruneBoilerplate", "div.share-bar", "link density 0.92"), Assert.Single(back.Trace));
        Assert.Equal(RelatedPlacement.Rail, back.Article.Related[1].Placement);
        Assert.Equal(["Jane Doe", "Sam Lee"], back.Article.Authors);
        Assert.Equal(["storm", "Hull"], back.Article.Tags);
        Assert.Equal(OutputSamples.Rich().Published, back.Article.Published);
        Assert.Equal(OutputSamples.Rich().Modified, back.Article.Modified);
    }

    [Theory]
    [InlineData("2019-04-12")]
    [InlineData("2019-04-12T10:30:00")]
    [InlineData("2019-04-12T10:30:00Z")]
    [InlineData("2019-04-12T10:30:00+02:00")]
    [InlineData("2019-04-12T23:30:00-05:30")]
    public void WritesDatesAsIso8601OnlyAsPreciseAsTheyAre(string iso)
    {
        string json = $$"""{"kind":"article","kindConfidence":0,"authors":[],"published":"{{iso}}","tags":[],"blocks":[],"figures":[],"related":[],"quotations":[],"people":[],"text":""}""";

        var article = JsonArticleWriter.ReadArticle(json);

        Assert.Equal(iso, article.Published!.ToString());
        Assert.Equal(json, JsonArticleWriter.Write(article, indented: false));
    }

    [Fact]
    public void WritesMetadataInTheDocumentedOrder()
    {
        string json = JsonArticleWriter.Write(OutputSamples.Rich(), indented: false);
        string[] order = ["kind", "kindConfidence", "title", "standfirst", "description", "authors", "published", "modified", "siteName", "publisher", "url",
            "canonicalUrl", "language", "section", "tags", "license", "mainImage", "blocks", "figures", "related", "quotations", "people", "text"];

        Assert.Equal(order, System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject().Select(p => p.Key));
        Assert.Contains("\"published\":\"2024-03-14T06:30:00Z\",\"modified\":\"2024-03-14T09:05:00+01:00\"", json);
    }

    [Fact]
    public void RoundTripsAnArticleCompactly()
    {
        var article = OutputSamples.Rich();
        string json = JsonArticleWriter.Write(article, indented: false);

        Assert.DoesNotContain('\n', json);
        Assert.Equal(json, JsonArticleWriter.Write(JsonArticleWriter.ReadArticle(json), indented: false));
    }

    [Fact]
    public void CarriesTheTextOnceAndIgnoresItWhenReading()
    {
        string json = JsonArticleWriter.Write(OutputSamples.Rich());
        const string Body = "\"text\": \"The storm reached Hull at dawn.\\n\\n";

        Assert.Equal(1, CountOccurrences(json, Body));
        var edited = JsonArticleWriter.ReadArticle(json.Replace(Body, "\"text\": \"Edited\\n\\n"));
        Assert.Equal(OutputSamples.Rich().Text, edited.Text);
    }

    [Fact]
    public void LeavesOutTheDerivedIsOkFlag()
    {
        Assert.DoesNotContain("isOk", JsonArticleWriter.Write(OutputSamples.RichResult()));
    }

    [Fact]
    public void ReadsHandWrittenJsonLeniently()
    {
        var article = JsonArticleWriter.ReadArticle(
            """{"extra": 1, "blocks": [{"text": "Out of order", "type": "paragraph"}, {"type": "list", "ordered": true, "items": [{"text": "no children"}]}]}""");

        Assert.Equal(new ParagraphBlock("Out of order"), article.Blocks[0]);
        Assert.Empty(Assert.IsType<ListBlock>(article.Blocks[1]).Items[0].Children);
        Assert.Empty(article.Figures);
        Assert.Empty(article.Related);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Tags);
        Assert.Null(article.Title);
        Assert.Null(article.Published);
        Assert.Empty(JsonArticleWriter.Read("{\"status\": \"empty\", \"article\": {}}").Trace);
        Assert.Empty(JsonArticleWriter.Read("{\"status\": \"empty\", \"article\": {}}").Article!.Blocks);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"blocks\": [{\"type\": \"video\"}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"paragraph\", \"text\": null}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"list\", \"ordered\": false, \"items\": [{\"text\": \"a\", \"children\": [{\"type\": \"paragraph\", \"text\": \"b\"}]}]}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"quote\"}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"paragraph\"}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"table\", \"rows\": [{\"isHeader\": true}]}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"list\", \"ordered\": true}]}")]
    [InlineData("{\"related\": [{\"url\": \"https://x.example\", \"placement\": \"rail\"}]}")]
    [InlineData("{\"related\": [{\"title\": \"a\", \"placement\": \"sideways\"}]}")]
    [InlineData("{\"title\": ")]
    [InlineData("{\"published\": \"12 April 2019\"}")]
    [InlineData("{\"authors\": [null]}")]
    [InlineData("{\"tags\": [\"a\", null]}")]
    // Found by fuzzing: a block without its "type" came out as NotSupportedException from System.Text.Json.
    [InlineData("{\"blocks\": [{\"text\": \"a\", \"inlines\": []}]}")]
    [InlineData("{\"blocks\": [{\"type\": \"quote\", \"blocks\": [{\"text\": \"a\"}]}]}")]
    public void RejectsJsonThatIsNotAnArticle(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonArticleWriter.ReadArticle(json));
    }

    [Fact]
    public void RejectsAResultWithoutStatusOrWithABrokenTrace()
    {
        Assert.ThrowsAny<JsonException>(() => JsonArticleWriter.Read("{\"trace\": []}"));
        Assert.ThrowsAny<JsonException>(() => JsonArticleWriter.Read("{\"status\": \"ok\", \"trace\": [{\"stage\": \"Clean\"}]}"));
        Assert.ThrowsAny<JsonException>(() => JsonArticleWriter.Read("{\"status\": \"ok\", \"article\": {\"blocks\": [{\"type\": \"code\"}]}}"));
        Assert.ThrowsAny<JsonException>(() => JsonArticleWriter.Read("{\"status\": \"ok\", \"article\": {\"blocks\": [{\"text\": \"a\"}]}}"));
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
