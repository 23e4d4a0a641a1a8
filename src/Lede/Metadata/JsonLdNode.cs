using System.Text.Json;

namespace Lede.Metadata;

/// <summary>What a JSON-LD node's <c>@type</c> says it is, as far as the metadata readers ask.</summary>
[Flags]
internal enum JsonLdKinds : byte
{
    None = 0,

    /// <summary>NewsArticle, BlogPosting and the other types of a story (<see cref="JsonLd.IsArticleType"/>).</summary>
    Article = 1,

    /// <summary>WebPage, ItemPage, MedicalWebPage.</summary>
    Page = 2,

    /// <summary>WebSite.</summary>
    WebSite = 4,

    /// <summary>Organization and its kinds, Brand, WebSite, Project.</summary>
    Organisation = 8,
}

/// <summary>A typed node of the page's JSON-LD, its <c>@type</c> read once: the first type's name and the kinds of all of them.</summary>
internal readonly record struct JsonLdNode(JsonElement Element, string TypeName, JsonLdKinds Kinds)
{
    /// <summary>The node of an object with an <c>@type</c> (a string or an array, with or without the schema.org prefix).</summary>
    public static JsonLdNode Of(JsonElement element, JsonElement type)
    {
        var kinds = JsonLdKinds.None;
        string? first = null;
        if (type.ValueKind == JsonValueKind.String)
        {
            first = type.GetString()!;
            kinds = KindsOf(first);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                // The type's name is the first item's, whatever it holds (JsonElement.ToString of a string is the string).
                first ??= item.ToString();
                if (item.ValueKind == JsonValueKind.String) kinds |= KindsOf(item.GetString()!);
            }
        }
        return new JsonLdNode(element, first is null ? "" : LocalType(first), kinds);
    }

    private static JsonLdKinds KindsOf(string type)
    {
        var local = LocalType(type);
        var kinds = JsonLdKinds.None;
        if (JsonLd.IsArticleType(local)) kinds |= JsonLdKinds.Article;
        if (JsonLd.IsPageType(local)) kinds |= JsonLdKinds.Page;
        if (local.Equals("WebSite", StringComparison.OrdinalIgnoreCase)) kinds |= JsonLdKinds.WebSite;
        if (JsonLdNodes.IsOrganisationType(local)) kinds |= JsonLdKinds.Organisation;
        return kinds;
    }

    /// <summary>"http://schema.org/NewsArticle" → "NewsArticle".</summary>
    public static string LocalType(string type)
    {
        int slash = type.LastIndexOf('/');
        return slash >= 0 ? type[(slash + 1)..] : type;
    }
}
