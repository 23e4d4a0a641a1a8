using System.Text.Json;

namespace Lede.Metadata;

/// <summary>
/// Reads schema.org JSON-LD: every <c>application/ld+json</c> script, <c>@graph</c>s, arrays and nested
/// <c>mainEntity</c>, with <c>@id</c> references resolved. The article node (NewsArticle, BlogPosting and the
/// other Article types) is read first; a WebPage, the WebSite and the Organization fill what it leaves out.
/// Scripts a strict parser refuses are mended once by <see cref="JsonRepair"/>, then skipped silently.
/// </summary>
internal static class JsonLd
{
    private const int MaxDepth = 10;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "TechArticle", "ScholarlyArticle",
        "LiveBlogPosting", "SocialMediaPosting", "Report", "SatiricalArticle", "AdvertiserContentArticle", "Review",
        "MedicalScholarlyArticle", "Posting",
    };

    private static readonly HashSet<string> PageTypes = new(StringComparer.OrdinalIgnoreCase) { "WebPage", "ItemPage", "MedicalWebPage" };

    /// <summary>The facts of the page's scripts, each its text (a slice of the page, most often).</summary>
    public static MetadataFacts Read(IReadOnlyList<ReadOnlyMemory<char>> scripts)
    {
        var facts = new MetadataFacts();
        if (scripts.Count == 0) return facts;
        var documents = new List<JsonDocument>(scripts.Count);
        try
        {
            var nodes = new List<JsonLdNode>();
            foreach (var script in scripts)
                if (TryParse(script) is { } document)
                {
                    documents.Add(document);
                    Collect(document.RootElement, nodes, 0);
                }
            if (nodes.Count == 0) return facts;
            var article = FindArticle(nodes);
            new JsonLdNodes(nodes).Fill(facts, article, Find(nodes, JsonLdKinds.Page));
            // Read here, from the one parse, for the content stages: the declared kind of page, and the body as a fallback.
            facts.DeclaredTypes = DeclaredTypes(nodes);
            if (article is { } a && a.Element.TryGetProperty("articleBody"u8, out var body) && body.ValueKind == JsonValueKind.String) facts.ArticleBody = body.GetString();
        }
        finally
        {
            foreach (var document in documents) document.Dispose();
        }
        return facts;
    }

    internal static JsonDocument? TryParse(ReadOnlyMemory<char> script)
    {
        if (script.Span.IsWhiteSpace()) return null;
        // Mended first (one pass, no copy when nothing needs mending), so a fixable script costs no exception.
        var mended = JsonRepair.Mend(script);
        try
        {
            return JsonDocument.Parse(mended, Options);
        }
        catch (JsonException)
        {
            // A whole value followed by debris (a stray closing brace, a second object glued on) is read as that value;
            // anything else broken is ignored, as a browser ignores it: the script, not the page.
            return FirstValue(mended) is { } first ? TryParseStrict(first) : null;
        }
    }

    private static JsonDocument? TryParseStrict(string json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The text of the first complete JSON value, when one ends before the text does; null otherwise.
    private static string? FirstValue(ReadOnlyMemory<char> json)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(json.Span)];
        System.Text.Encoding.UTF8.GetBytes(json.Span, bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || !reader.TrySkip() || reader.BytesConsumed >= bytes.Length) return null;
            return System.Text.Encoding.UTF8.GetString(bytes, 0, (int)reader.BytesConsumed);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, List<JsonLdNode> nodes, int depth)
    {
        if (depth > MaxDepth) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, nodes, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        if (element.TryGetProperty("@graph"u8, out var graph)) Collect(graph, nodes, depth + 1);
        if (element.TryGetProperty("@type"u8, out var type)) nodes.Add(JsonLdNode.Of(element, type));
        if (element.TryGetProperty("mainEntity"u8, out var main)) Collect(main, nodes, depth + 1);
    }

    private static JsonLdNode? FindArticle(List<JsonLdNode> nodes)
    {
        // The node with a headline and a date is the story; an Article type without them is often a teaser or a stub.
        JsonLdNode? first = null;
        foreach (var node in nodes)
        {
            if ((node.Kinds & JsonLdKinds.Article) == 0) continue;
            if (node.Element.TryGetProperty("headline"u8, out _) || node.Element.TryGetProperty("datePublished"u8, out _)) return node;
            first ??= node;
        }
        return first;
    }

    private static JsonLdNode? Find(List<JsonLdNode> nodes, JsonLdKinds kind)
    {
        foreach (var node in nodes)
            if ((node.Kinds & kind) != 0) return node;
        return null;
    }

    // Each type once, in the order of the nodes.
    private static List<string> DeclaredTypes(List<JsonLdNode> nodes)
    {
        var types = new List<string>();
        foreach (var node in nodes)
            if (node.TypeName.Length > 0 && !types.Contains(node.TypeName)) types.Add(node.TypeName);
        return types;
    }

    /// <summary>True when the node's <c>@type</c> (a string or an array, with or without the schema.org prefix) is one of <paramref name="types"/>.</summary>
    internal static bool IsOfType(JsonElement node, HashSet<string> types)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type"u8, out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return types.Contains(JsonLdNode.LocalType(type.GetString()!));
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var item in type.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String && types.Contains(JsonLdNode.LocalType(item.GetString()!))) return true;
        return false;
    }

    /// <summary>True for the schema.org types of a story (NewsArticle, BlogPosting, Report, …), without prefix.</summary>
    internal static bool IsArticleType(string type) => ArticleTypes.Contains(type);

    /// <summary>True for the schema.org types of a web page (WebPage, ItemPage, MedicalWebPage), without prefix.</summary>
    internal static bool IsPageType(string type) => PageTypes.Contains(type);
}
