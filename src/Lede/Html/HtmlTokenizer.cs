namespace Lede.Html;

/// <summary>
/// The WHATWG HTML tokenizer (13.2.5), reading a page's decoded characters and handing out one token at a
/// time: <see cref="Next"/> reads it, the properties describe it until the next call. Text is never copied
/// unless the spec changes it: a character run, a comment or an attribute value is a <see cref="TextRange"/>
/// of the markup when it is the markup's own characters, and only character references, CR LF, U+0000 and
/// the like are written to <see cref="PageText"/>'s buffer. Tag and attribute names are ids of the
/// document's <see cref="NameTable"/>.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    readonly PageText text;
    readonly NameTable names;

    /// <summary>A tokenizer over <paramref name="text"/>'s markup, interning names in <paramref name="names"/>.</summary>
    public HtmlTokenizer(PageText text, NameTable names)
    {
        this.text = text;
        this.names = names;
    }

    /// <summary>Reads the next token and returns its kind; at the end of the input, <see cref="TokenKind.EndOfFile"/> every time.</summary>
    public TokenKind Next() => throw new NotImplementedException();

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>A tag's name id (start and end tags).</summary>
    public int TagName { get; private set; }

    /// <summary>A start tag's self-closing flag.</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>A start tag's attributes in source order, duplicates dropped (the first wins); empty for other tokens.</summary>
    public ReadOnlySpan<TokenAttribute> Attributes => throw new NotImplementedException();

    /// <summary>A character run's characters, a comment's text, or a DOCTYPE's name (<see cref="TextRange.Missing"/> when it has none).</summary>
    public TextRange Data { get; private set; }

    /// <summary>Whether a character run read in the data state holds U+0000 (the tree builder drops or replaces them by mode).</summary>
    public bool DataHasNul { get; private set; }

    /// <summary>A DOCTYPE's public identifier, or <see cref="TextRange.Missing"/>.</summary>
    public TextRange PublicId { get; private set; }

    /// <summary>A DOCTYPE's system identifier, or <see cref="TextRange.Missing"/>.</summary>
    public TextRange SystemId { get; private set; }

    /// <summary>A DOCTYPE's force-quirks flag.</summary>
    public bool ForceQuirks { get; private set; }

    /// <summary>Switches the tokenizer to a content model's state; the tree builder sets it after the start tag that calls for it.</summary>
    public ContentState State { set => throw new NotImplementedException(); }

    /// <summary>The name id of the last start tag emitted, for "appropriate end tag" checks; set from outside for fragments and tests (0: none).</summary>
    public int LastStartTag { get; set; }

    /// <summary>Whether <c>&lt;![CDATA[</c> opens a CDATA section: the tree builder sets it while the adjusted current node is not an HTML element.</summary>
    public bool AllowCData { get; set; }

    /// <summary>
    /// While set, character runs of the RCDATA, RAWTEXT and script data states are emitted with their length but
    /// without being stored (<see cref="Data"/> is then a range of the markup that may hold CR or U+0000 unchanged):
    /// the tree builder sets it for scripts and styles whose text the page tree does not keep.
    /// </summary>
    public bool DiscardText { get; set; }

    /// <summary>How far the tokenizer has read in the markup.</summary>
    public int Position { get; private set; }
}
