using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Lede.Tests.Output;

/// <summary>The writer's output, docs/article.schema.json and docs/json-schema.md must agree.</summary>
public sealed class JsonSchemaTests
{
    private static readonly Lazy<string> SchemaText = new(() => RepoFiles.Read("docs/article.schema.json"));

    [Fact]
    public void SchemaIsDraft2020_12()
    {
        using var schema = JsonDocument.Parse(SchemaText.Value);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void WriterOutputIsValidAgainstTheSchema()
    {
        Assert.Empty(SchemaErrors(JsonArticleWriter.Write(OutputSamples.RichResult())));
        Assert.Empty(SchemaErrors(JsonArticleWriter.Write(OutputSamples.NotHtml(), indented: false)));
        Assert.Empty(SchemaErrors(JsonArticleWriter.Write(new ExtractionResult { Status = ExtractionStatus.Empty, Article = new Article() })));
    }

    [Theory]
    [InlineData("\"status\": \"ok\"", "\"status\": \"Ok\"")]
    [InlineData("\"level\": 2", "\"level\": 7")]
    [InlineData("\"isHeader\": true", "\"isHeader\": true, \"align\": \"left\"")]
    [InlineData("\"placement\": \"rail\"", "\"placement\": 1")]
    [InlineData("\"type\": \"code\"", "\"type\": \"pre\"")]
    public void SchemaRejectsOutputThatDrifted(string original, string drifted)
    {
        string json = JsonArticleWriter.Write(OutputSamples.RichResult());
        Assert.Contains(original, json);

        Assert.NotEmpty(SchemaErrors(json.Replace(original, drifted)));
    }

    // Stronger than validation, which cannot notice a property the schema lists but the writer never writes:
    // walk the output beside the schema, and require each object's properties to be ones the schema lists
    // and, over the rich and the failed result together, every listed property of every definition to appear.
    [Fact]
    public void WriterOutputHasExactlyThePropertiesTheSchemaLists()
    {
        var schema = JsonNode.Parse(SchemaText.Value)!.AsObject();
        var seen = new Dictionary<string, HashSet<string>>();
        var walker = new SchemaWalker(schema, seen);

        walker.Walk(JsonNode.Parse(JsonArticleWriter.Write(OutputSamples.RichResult())), schema, "#", "$");
        walker.Walk(JsonNode.Parse(JsonArticleWriter.Write(OutputSamples.NotHtml())), schema, "#", "$");
        walker.Walk(JsonNode.Parse(JsonArticleWriter.Write(Lede.Tests.Quotes.QuoteSamples.Result())), schema, "#", "$");
        // A cleaned text: its quotations carry their spans in the input as well.
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt"));
        walker.Walk(JsonNode.Parse(JsonArticleWriter.Write(Extractor.Clean(seed))), schema, "#", "$");
        // Cut at a limit: the result says so.
        walker.Walk(JsonNode.Parse(JsonArticleWriter.Write(Extractor.Clean(seed, new ExtractionOptions { MaxInputBytes = seed.Length / 2 }))), schema, "#", "$");

        var objectDefs = schema["$defs"]!.AsObject().Where(d => d.Value!["properties"] is not null).Select(d => "#/$defs/" + d.Key).Append("#");
        foreach (string def in objectDefs)
        {
            var listed = PropertyNames(Resolve(schema, def));
            Assert.True(seen.TryGetValue(def, out var written), $"The samples never write a {def} object.");
            Assert.True(listed.SetEquals(written), $"{def} lists [{string.Join(", ", listed.Order())}] but the writer wrote [{string.Join(", ", written.Order())}].");
        }
    }

    [Fact]
    public void DocumentedExampleIsTheWritersOutput()
    {
        string doc = RepoFiles.Read("docs/json-schema.md").ReplaceLineEndings("\n");
        const string Fence = "```json\n";
        int section = doc.IndexOf("## A complete example", StringComparison.Ordinal);
        Assert.True(section >= 0, "docs/json-schema.md has no \"A complete example\" section");
        int start = doc.IndexOf(Fence, section, StringComparison.Ordinal) + Fence.Length;
        int end = doc.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.Equal(JsonArticleWriter.Write(OutputSamples.RichResult()), doc[start..end]);
    }

    // The figure and related-link examples are what the extractor gives for the HTML shown beside them.
    [Theory]
    [InlineData("## Figure", "figures")]
    [InlineData("## Related link", "related")]
    public void SectionExamplesAreTheExtractorsOutput(string heading, string list)
    {
        string doc = RepoFiles.Read("docs/json-schema.md").ReplaceLineEndings("\n");
        int section = doc.IndexOf(heading + "\n", StringComparison.Ordinal);
        string html = Fenced(doc, "```html\n", section) ?? Between(doc, "For example, `", "`", section);
        string expected = Fenced(doc, "```json\n", section)!;
        var page = Lede.Tests.Content.StoryPages.Page(Lede.Tests.Content.StoryPages.Paragraphs(Lede.Tests.Content.StoryPages.Story[..2]) + html
            + Lede.Tests.Content.StoryPages.Paragraphs(Lede.Tests.Content.StoryPages.Story[2..]));

        var article = Extractor.Extract(page, "https://news.example/storm").Article!;
        var items = JsonNode.Parse(JsonArticleWriter.Write(article))![list]!.AsArray();

        Assert.Equal(JsonNode.Parse(expected)!.ToJsonString(), Assert.Single(items)!.ToJsonString());
    }

    private static string? Fenced(string doc, string fence, int from)
    {
        int next = doc.IndexOf("\n## ", from + 1, StringComparison.Ordinal);
        int start = doc.IndexOf(fence, from, StringComparison.Ordinal);
        if (start < 0 || (next >= 0 && start > next)) return null;
        start += fence.Length;
        return doc[start..doc.IndexOf("\n```", start, StringComparison.Ordinal)];
    }

    private static string Between(string doc, string open, string close, int from)
    {
        int start = doc.IndexOf(open, from, StringComparison.Ordinal) + open.Length;
        return doc[start..doc.IndexOf(close, start, StringComparison.Ordinal)];
    }

    [Fact]
    public void DocumentationNamesEveryProperty()
    {
        string doc = RepoFiles.Read("docs/json-schema.md");
        var schema = JsonNode.Parse(SchemaText.Value)!.AsObject();
        var names = PropertyNames(schema).Concat(schema["$defs"]!.AsObject().SelectMany(d => PropertyNames(d.Value!.AsObject())));

        foreach (string name in names.Distinct()) Assert.Contains($"`{name}`", doc);
    }

    private static List<string> SchemaErrors(string json)
    {
        var schema = JsonSchema.FromText(SchemaText.Value);
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    private static HashSet<string> PropertyNames(JsonObject schema) =>
        schema["properties"] is JsonObject properties ? properties.Select(p => p.Key).ToHashSet() : [];

    private static JsonObject Resolve(JsonObject root, string reference)
    {
        JsonNode node = root;
        foreach (string part in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)) node = node[part]!;
        return node.AsObject();
    }

    private sealed class SchemaWalker(JsonObject root, Dictionary<string, HashSet<string>> seen)
    {
        public void Walk(JsonNode? value, JsonObject schema, string defName, string path)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                string target = reference.GetValue<string>();
                Walk(value, Resolve(root, target), target, path);
                return;
            }
            if (schema["oneOf"] is JsonArray branches)
            {
                string type = value!["type"]!.GetValue<string>();
                var branch = branches.Select(b => b!["$ref"]!.GetValue<string>())
                    .Single(r => Resolve(root, r)["properties"]!["type"]!["const"]!.GetValue<string>() == type);
                Walk(value, Resolve(root, branch), branch, path);
                return;
            }
            switch (value)
            {
                case JsonObject obj:
                    var listed = PropertyNames(schema);
                    if (!seen.TryGetValue(defName, out var written)) seen[defName] = written = [];
                    foreach (var (name, child) in obj)
                    {
                        Assert.True(listed.Contains(name), $"{path}.{name} is written but {defName} does not list it.");
                        written.Add(name);
                        Walk(child, schema["properties"]![name]!.AsObject(), defName + "/" + name, path + "." + name);
                    }
                    break;
                case JsonArray array:
                    for (int i = 0; i < array.Count; i++) Walk(array[i], schema["items"]!.AsObject(), defName + "[]", $"{path}[{i}]");
                    break;
            }
        }
    }
}
