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
        int start = doc.IndexOf(Fence, StringComparison.Ordinal) + Fence.Length;
        int end = doc.IndexOf("\n```", start, StringComparison.Ordinal);

        Assert.Equal(JsonArticleWriter.Write(OutputSamples.RichResult()), doc[start..end]);
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
