namespace Lede;

/// <summary>
/// One extracted article: what it is, and its body as ordered blocks. Every input path
/// (HTML, plain text) ends in this model, and every writer reads only this model.
/// </summary>
public sealed record Article
{
    /// <summary>
    /// What the page is: an article, a listing of teasers (a home page, a section front) or something else. Told from how
    /// much of the page's prose the body holds, teaser headings against paragraphs, the page's declared schema.org type
    /// and the shape of its URL. An article read back from JSON written before this field existed is an article.
    /// </summary>
    public ArticleKind Kind { get; init; }

    /// <summary>How sure <see cref="Kind"/> is, from 0 to 1: 0.5 is a guess, above 0.9 the facts agree. 0 when nothing judged it.</summary>
    public double KindConfidence { get; init; }

    /// <summary>The headline, without a " | Site name" suffix; null when the page has none.</summary>
    public string? Title { get; init; }

    /// <summary>The standfirst (dek, subheadline) shown under the headline, when the page has one.</summary>
    public string? Standfirst { get; init; }

    /// <summary>The page's own summary (meta description, og:description), when it has one.</summary>
    public string? Description { get; init; }

    /// <summary>The people who wrote the story, names only ("By", roles, dates and e-mail addresses removed).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>When the story was first published, as precise as the page says.</summary>
    public ArticleDate? Published { get; init; }

    /// <summary>When the story was last changed, as precise as the page says.</summary>
    public ArticleDate? Modified { get; init; }

    /// <summary>The site's name ("The Verge").</summary>
    public string? SiteName { get; init; }

    /// <summary>The organisation that published the story, when the page names one apart from its authors.</summary>
    public string? Publisher { get; init; }

    /// <summary>The page URL the caller gave, if any.</summary>
    public string? Url { get; init; }

    /// <summary>The canonical URL the page declares, resolved against the page URL.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The story's language as a BCP 47 tag: declared by the page (<c>&lt;html lang&gt;</c>, meta), else detected.</summary>
    public string? Language { get; init; }

    /// <summary>The site section the story belongs to ("Politics").</summary>
    public string? Section { get; init; }

    /// <summary>Tags and keywords the page gives the story.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The licence the page links, e.g. a Creative Commons URL.</summary>
    public string? License { get; init; }

    /// <summary>The story's lead image (og:image, JSON-LD image), resolved against the page URL.</summary>
    public string? MainImage { get; init; }

    /// <summary>The story's body in reading order: headings, paragraphs, lists, quotes, tables, code and figures.</summary>
    public IReadOnlyList<Block> Blocks
    {
        get => _blocks;
        // The text is made with the blocks, once: a copy made `with` other blocks gets its own, and two equal
        // articles hold equal texts (a cache filled on first read would make record equality depend on reads).
        init { _blocks = value; _text = BodyText.Of(value); }
    }

    private readonly IReadOnlyList<Block> _blocks = [];
    private readonly string _text = "";

    /// <summary>Images that belong to the story, in body order. Their captions and credits never appear in body text.</summary>
    public IReadOnlyList<Figure> Figures { get; init; } = [];

    /// <summary>Links the page promoted beside or inside the story ("Related:", "Read more"), kept out of the body.</summary>
    public IReadOnlyList<RelatedLink> Related { get; init; } = [];

    /// <summary>The direct quotations in the body, in order, with their speakers (see <see cref="Quotation"/>).</summary>
    public IReadOnlyList<Quotation> Quotations { get; init; } = [];

    /// <summary>The people the body names, in order of first mention, with the forms used for each and their quotation counts.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>
    /// The body as plain text: blocks separated by a blank line, figures left out (the form is documented on
    /// <c>BodyText</c>). Made once, from <see cref="Blocks"/>; every quotation span and input span refers to it.
    /// </summary>
    public string Text => _text;

    /// <summary>For an article cleaned from plain text: where <see cref="Text"/>'s characters stood in that text.</summary>
    internal InputMap? InputMap { get; init; }

    /// <summary>
    /// For an article cleaned from plain text (<see cref="Extractor.Clean(string, ExtractionOptions?, CancellationToken)"/>):
    /// where a span of <see cref="Text"/> stands in the text that was cleaned, from the first of its characters that came
    /// from that text to the last. Null for an article extracted from a page, for a span of only the characters the body
    /// adds between blocks, and after a JSON round trip (the map is not written).
    /// </summary>
    public TextSpan? ToInputSpan(TextSpan span) => InputMap?.ToInput(span);
}
