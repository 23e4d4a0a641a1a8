namespace Lede;

/// <summary>What <see cref="MarkdownWriter"/> writes besides the body. <c>new()</c> gives the defaults; change them with <c>with { … }</c>.</summary>
public sealed record MarkdownOptions
{
    /// <summary>The defaults: title and figures included; no front matter, no quotes, no related links.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>
    /// Write the article's title as a level-1 heading at the top, and shift body headings down so that none is above
    /// level 2. Default: true. Has no effect when the article has no title.
    /// </summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>
    /// Write the body's links as Markdown links (<c>[text](target)</c>); false writes their text alone. Emphasis, strong
    /// emphasis and code spans are written either way. Default: true.
    /// </summary>
    public bool IncludeLinks { get; init; } = true;

    /// <summary>Write figures as images with their caption and credit. Default: true.</summary>
    public bool IncludeFigures { get; init; } = true;

    /// <summary>
    /// Open the document with a YAML front-matter block holding the article's metadata (title, standfirst, description,
    /// authors, published, modified, siteName, publisher, url, canonicalUrl, language, section, tags, license, mainImage;
    /// each left out when absent). Default: false, so that the library's Markdown is the article alone, as any Markdown
    /// renderer shows it (GitHub, for one, renders front matter as a table); the <c>lede</c> command turns it on.
    /// Nothing is written when the article has no metadata.
    /// </summary>
    public bool FrontMatter { get; init; }

    /// <summary>
    /// Follow the body with a "Quotes" section listing the article's quotations (<see cref="Article.Quotations"/>), each
    /// with its speaker's name and how it was said. Default: false.
    /// </summary>
    public bool IncludeQuotes { get; init; }

    /// <summary>
    /// Close the document with a "Related" section listing the article's related links (<see cref="Article.Related"/>)
    /// as Markdown links. Default: false.
    /// </summary>
    public bool IncludeRelated { get; init; }
}
