namespace Lede.Extraction;

/// <summary>The metadata <c>ReadMetadata</c> settled on, which the assembly copies into the <see cref="Article"/>.</summary>
internal sealed class ArticleMetadata
{
    public string? Title { get; set; }
    public string? Standfirst { get; set; }
    public string? Description { get; set; }
    public IReadOnlyList<string> Authors { get; set; } = [];
    public ArticleDate? Published { get; set; }
    public ArticleDate? Modified { get; set; }
    public string? SiteName { get; set; }
    public string? Publisher { get; set; }
    public string? CanonicalUrl { get; set; }
    public string? Language { get; set; }
    public string? Section { get; set; }
    public IReadOnlyList<string> Tags { get; set; } = [];
    public string? License { get; set; }
    public string? MainImage { get; set; }

    /// <summary>JSON-LD <c>articleBody</c>, as declared: not metadata of the output, a fallback for the body.</summary>
    public string? ArticleBody { get; set; }

    /// <summary>The schema.org types the page's JSON-LD declares ("NewsArticle", "CollectionPage"), for telling its kind.</summary>
    public IReadOnlyList<string> DeclaredTypes { get; set; } = [];
}
