namespace Lede.Metadata;

/// <summary>
/// What one source (JSON-LD, meta tags, microdata, the visible page) says about the article. Every field is
/// optional; <see cref="ReadMetadata"/> takes each field from the most trusted source that has it.
/// </summary>
internal sealed class MetadataFacts
{
    public Found<string>? Title { get; set; }
    public Found<string>? AlternativeHeadline { get; set; }
    public Found<string>? Description { get; set; }

    /// <summary>People, cleaned; organisations named as authors go to <see cref="Organisations"/>.</summary>
    public Found<IReadOnlyList<string>>? Authors { get; set; }

    /// <summary>Organisations the source names as authors: the publisher when nobody else is named.</summary>
    public Found<string>? Organisations { get; set; }

    public Found<string>? Publisher { get; set; }
    public Found<ArticleDate>? Published { get; set; }
    public Found<ArticleDate>? Modified { get; set; }
    public Found<string>? SiteName { get; set; }
    public Found<string>? Section { get; set; }
    public Found<IReadOnlyList<string>>? Tags { get; set; }
    public Found<string>? Language { get; set; }
    public Found<string>? Image { get; set; }
    public Found<string>? Url { get; set; }
    public Found<string>? License { get; set; }

    /// <summary>Every other timestamp the source gives (other nodes' dates): the local-time twins of a UTC timestamp.</summary>
    public List<Found<ArticleDate>> OtherDates { get; } = [];

    /// <summary>The story's text as the article node declares it (JSON-LD <c>articleBody</c>), line breaks kept: a fallback for the body.</summary>
    public string? ArticleBody { get; set; }

    /// <summary>The schema.org types the source declares for the page's nodes, without prefix ("NewsArticle", "CollectionPage").</summary>
    public IReadOnlyList<string> DeclaredTypes { get; set; } = [];
}
