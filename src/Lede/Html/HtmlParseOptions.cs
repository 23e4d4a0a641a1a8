namespace Lede.Html;

/// <summary>How Lede's HTML parser reads a page. <c>new()</c> gives what the extractor uses.</summary>
public sealed record HtmlParseOptions
{
    /// <summary>
    /// Whether the page is parsed as a browser with scripting on would (<c>noscript</c> content read as text).
    /// Default false: an extractor runs no scripts, so <c>noscript</c> content is markup, as a reader without scripts sees it.
    /// </summary>
    public bool Scripting { get; init; }

    /// <summary>
    /// Whether the text of scripts and style sheets is kept in the tree. Default false: the tokenizer skips it
    /// without copying it, except a JSON-LD script's (<c>type="application/ld+json"</c>), which metadata reads.
    /// Conformance checks and <c>lede tree</c> set it.
    /// </summary>
    public bool KeepScriptText { get; init; }

    /// <summary>
    /// The deepest an element may nest (the html element is depth 1); an element that would go deeper is put in the
    /// element at this depth instead, after its children, as browsers do. 0 (the default) means no limit: the parser is
    /// linear in depth, so the limit is for what reads the tree afterwards.
    /// </summary>
    public int MaxDepth { get; init; }
}
