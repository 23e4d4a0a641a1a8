namespace Lede;

/// <summary>
/// One extracted article: what it is, and its body as ordered blocks. Every input path
/// (HTML, plain text) ends in this model, and every writer reads only this model.
/// </summary>
public sealed record Article
{
    /// <summary>The headline, without a " | Site name" suffix; null when the page has none.</summary>
    public string? Title { get; init; }

    /// <summary>The page URL the caller gave, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The language the page declares (<c>&lt;html lang&gt;</c>), if any, as a BCP 47 tag.</summary>
    public string? Language { get; init; }

    /// <summary>The story's body in reading order: headings, paragraphs, lists, quotes, tables, code and figures.</summary>
    public IReadOnlyList<Block> Blocks { get; init; } = [];

    /// <summary>Images that belong to the story, in body order. Their captions and credits never appear in body text.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>Links the page promoted beside or inside the story ("Related:", "Read more"), kept out of the body.</summary>
    public IReadOnlyList<RelatedLink> Related { get; init; } = [];

    /// <summary>The body as plain text: blocks separated by a blank line, figures left out.</summary>
    public string Text => PlainTextWriter.Write(this);
}
