using System.Text.Json.Nodes;
using Lede.Tests.Output;

namespace Lede.Tests.Quotes;

/// <summary>Quotations and people in JSON: the documented example, and a round trip.</summary>
public sealed class QuotesJsonTests
{
    [Fact]
    public void DocumentedExampleIsTheExtractorsOutput()
    {
        string doc = RepoFiles.Read("docs/json-schema.md").ReplaceLineEndings("\n");
        int section = doc.IndexOf("## Person\n", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/json-schema.md has no Person section");
        int html = doc.IndexOf("```html\n", section, StringComparison.Ordinal) + "```html\n".Length;
        Assert.Equal(QuoteSamples.Body.ReplaceLineEndings("\n"), doc[html..doc.IndexOf("\n```", html, StringComparison.Ordinal)]);
        int json = doc.IndexOf("```json\n", section, StringComparison.Ordinal) + "```json\n".Length;
        var expected = JsonNode.Parse(doc[json..doc.IndexOf("\n```", json, StringComparison.Ordinal)])!;

        var article = JsonNode.Parse(JsonArticleWriter.Write(QuoteSamples.Result()))!["article"]!;

        Assert.Equal(expected["quotations"]!.ToJsonString(), article["quotations"]!.ToJsonString());
        Assert.Equal(expected["people"]!.ToJsonString(), article["people"]!.ToJsonString());
    }

    [Fact]
    public void QuotationsAndPeopleSurviveARoundTrip()
    {
        string json = JsonArticleWriter.Write(QuoteSamples.Result());

        var back = JsonArticleWriter.Read(json);

        Assert.Equal(json, JsonArticleWriter.Write(back));
        Assert.Equal("Ann Lee", back.Article!.Quotations[0].Speaker!.Name);
        Assert.Equal(CueKind.Spoken, back.Article.Quotations[0].Cue!.Kind);
    }

    [Fact]
    public void ReadingAnArticleWithoutQuotationsGivesEmptyLists()
    {
        var article = JsonArticleWriter.ReadArticle("""{"blocks":[{"type":"paragraph","text":"Hello."}]}""");

        Assert.Empty(article.Quotations);
        Assert.Empty(article.People);
    }
}
