using System.Text.Json;

namespace Lede.Metadata;

/// <summary>The typed JSON-LD nodes of one page, with <c>@id</c> references resolved, read into <see cref="MetadataFacts"/>.</summary>
internal sealed class JsonLdNodes
{
    private static readonly HashSet<string> OrganisationTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Organization", "NewsMediaOrganization", "Corporation", "NGO", "GovernmentOrganization", "EducationalOrganization",
        "LocalBusiness", "OnlineBusiness", "MediaOrganization", "Brand", "WebSite", "Project",
    };

    /// <summary>True for the schema.org types of an organisation (and WebSite, Brand, Project), without prefix.</summary>
    internal static bool IsOrganisationType(string type) => OrganisationTypes.Contains(type);

    private readonly List<JsonLdNode> _nodes;
    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);

    public JsonLdNodes(List<JsonLdNode> nodes)
    {
        _nodes = nodes;
        foreach (var node in nodes)
            if (node.Element.TryGetProperty("@id"u8, out var id) && id.ValueKind == JsonValueKind.String)
                _byId.TryAdd(id.GetString()!, node.Element);
    }

    public void Fill(MetadataFacts facts, JsonLdNode? article, JsonLdNode? page)
    {
        foreach (var typed in (ReadOnlySpan<JsonLdNode?>)[article, page])
        {
            if (typed is not { } t) continue;
            var (n, kind) = (t.Element, t.TypeName);
            facts.Title ??= Text(n, "headline"u8, kind) ?? Text(n, "name"u8, kind);
            facts.AlternativeHeadline ??= Text(n, "alternativeHeadline"u8, kind);
            facts.Description ??= Text(n, "description"u8, kind);
            if (facts.Authors is null && facts.Organisations is null) ReadAuthors(facts, n, kind);
            facts.Publisher ??= Name(n, "publisher"u8, kind) ?? Name(n, "sourceOrganization"u8, kind);
            facts.Published ??= Date(n, "datePublished"u8, kind) ?? Date(n, "dateCreated"u8, kind);
            facts.Modified ??= Date(n, "dateModified"u8, kind);
            facts.Section ??= Text(n, "articleSection"u8, kind);
            facts.Tags ??= Keywords(n, kind);
            facts.Language ??= Language(n, kind);
            facts.Image ??= Link(n, "image"u8, kind) ?? Link(n, "thumbnailUrl"u8, kind);
            facts.Url ??= Link(n, "url"u8, kind) ?? Link(n, "mainEntityOfPage"u8, kind);
            facts.License ??= Link(n, "license"u8, kind);
        }
        // The WebSite node names the site; an Organization node with no article names the publisher. Every node's
        // dates are kept beside: a second node often gives the local time of the first's UTC timestamp.
        foreach (var (node, _, kinds) in _nodes)
        {
            if (Date(node, "datePublished"u8, "a JSON-LD node") is { } published) facts.OtherDates.Add(published);
            if (Date(node, "dateCreated"u8, "a JSON-LD node") is { } created) facts.OtherDates.Add(created);
            bool webSite = (kinds & JsonLdKinds.WebSite) != 0;
            if (facts.SiteName is null && webSite) facts.SiteName = Text(node, "name"u8, "WebSite");
            if (facts.Language is null && webSite) facts.Language = Language(node, "WebSite");
            if (facts.Publisher is null && (kinds & JsonLdKinds.Organisation) != 0 && !webSite) facts.Publisher = Text(node, "name"u8, "Organization");
        }
    }

    private void ReadAuthors(MetadataFacts facts, JsonElement node, string kind)
    {
        var people = new List<string>();
        var organisations = new List<string>();
        foreach (var property in (string[])["author", "creator"])
        {
            if (!node.TryGetProperty(property, out var value)) continue;
            foreach (var item in Items(value)) ReadAuthor(item, people, organisations);
            if (people.Count > 0 || organisations.Count > 0)
            {
                if (people.Count > 0) facts.Authors = new Found<IReadOnlyList<string>>(people, $"JSON-LD {kind} {property}");
                if (organisations.Count > 0) facts.Organisations = new Found<string>(organisations[0], $"JSON-LD {kind} {property} (an organisation)");
                return;
            }
        }
    }

    private void ReadAuthor(JsonElement item, List<string> people, List<string> organisations)
    {
        var resolved = Resolve(item);
        if (resolved.ValueKind == JsonValueKind.String)
        {
            AuthorNames.Read(resolved.GetString(), people, organisations);
            return;
        }
        if (resolved.ValueKind != JsonValueKind.Object) return;
        var name = String(resolved, "name"u8);
        if (name is null && String(resolved, "givenName"u8) is { } given)
            name = (given + " " + String(resolved, "familyName"u8)).Trim();
        if (MetaText.Clean(name) is not { } clean) return;
        if (JsonLd.IsOfType(resolved, OrganisationTypes)) AuthorNames.AddDistinct(organisations, clean);
        else AuthorNames.Read(clean, people, organisations);
    }

    private static IEnumerable<JsonElement> Items(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray()) yield return item;
        }
        else yield return value;
    }

    // {"@id": "…#/schema/person/1"} stands for the node with that id elsewhere in the graph.
    private JsonElement Resolve(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@id"u8, out var id) && id.ValueKind == JsonValueKind.String
            && !value.TryGetProperty("name"u8, out _) && _byId.TryGetValue(id.GetString()!, out var node)) return node;
        return value;
    }

    // Property names are UTF-8 literals, as the parsed JSON holds them: no name is encoded again at each lookup.
    private static string Source(string kind, ReadOnlySpan<byte> property) => $"JSON-LD {kind} {System.Text.Encoding.UTF8.GetString(property)}";

    private static string? String(JsonElement node, ReadOnlySpan<byte> property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => FirstString(value),
            JsonValueKind.Object when value.TryGetProperty("@value"u8, out var literal) && literal.ValueKind == JsonValueKind.String => literal.GetString(),
            _ => null,
        };
    }

    private static string? FirstString(JsonElement array)
    {
        foreach (var item in array.EnumerateArray())
            if (item.ValueKind == JsonValueKind.String) return item.GetString();
        return null;
    }

    private static Found<string>? Text(JsonElement node, ReadOnlySpan<byte> property, string kind)
        => MetaText.Clean(String(node, property)) is { } text ? new Found<string>(text, Source(kind, property)) : null;

    private Found<string>? Name(JsonElement node, ReadOnlySpan<byte> property, string kind)
    {
        if (!node.TryGetProperty(property, out var value)) return null;
        foreach (var item in Items(value))
        {
            var resolved = Resolve(item);
            var name = resolved.ValueKind == JsonValueKind.String ? resolved.GetString() : String(resolved, "name"u8);
            if (MetaText.Clean(name) is { } clean && !MetaText.IsUrl(clean)) return new Found<string>(clean, Source(kind, property));
        }
        return null;
    }

    private static Found<ArticleDate>? Date(JsonElement node, ReadOnlySpan<byte> property, string kind)
        => DateText.Parse(String(node, property)) is { } date ? new Found<ArticleDate>(date, Source(kind, property)) : null;

    private static Found<IReadOnlyList<string>>? Keywords(JsonElement node, string kind)
    {
        if (!node.TryGetProperty("keywords"u8, out var value)) return null;
        var raw = new List<string>();
        foreach (var item in Items(value))
            if (item.ValueKind == JsonValueKind.String) raw.Add(item.GetString()!);
        var list = MetaText.SplitList(raw);
        return list.Count > 0 ? new Found<IReadOnlyList<string>>(list, $"JSON-LD {kind} keywords") : null;
    }

    private Found<string>? Language(JsonElement node, string kind)
    {
        if (!node.TryGetProperty("inLanguage"u8, out var value)) return null;
        var first = value;
        if (value.ValueKind == JsonValueKind.Array)
        {
            first = default;
            foreach (var item in value.EnumerateArray()) { first = item; break; }
        }
        var resolved = Resolve(first);
        var tag = resolved.ValueKind == JsonValueKind.String ? resolved.GetString() : String(resolved, "alternateName"u8) ?? String(resolved, "name"u8);
        return LanguageTags.Normalise(tag) is { } language ? new Found<string>(language, $"JSON-LD {kind} inLanguage") : null;
    }

    // A URL given as a string, an object (url, contentUrl, @id) or an array of either: the first one.
    private Found<string>? Link(JsonElement node, ReadOnlySpan<byte> property, string kind)
    {
        if (!node.TryGetProperty(property, out var value)) return null;
        foreach (var item in Items(value))
        {
            var resolved = Resolve(item);
            var url = resolved.ValueKind == JsonValueKind.String ? resolved.GetString()
                : String(resolved, "url"u8) ?? String(resolved, "contentUrl"u8) ?? String(resolved, "@id"u8);
            if (MetaText.Clean(url) is { } clean && !clean.StartsWith('#')) return new Found<string>(clean, Source(kind, property));
        }
        return null;
    }
}
