using System.Runtime.CompilerServices;

namespace Lede.Html;

/// <summary>
/// The WHATWG HTML tokenizer (13.2.5), reading a page's decoded characters and handing out one token at a
/// time: <see cref="Next"/> reads it, the properties describe it until the next call. Text is never copied
/// unless the spec changes it: a character run, a comment or an attribute value is a <see cref="TextRange"/>
/// of the markup when it is the markup's own characters, and only character references, CR LF, U+0000 and
/// the like are written to <see cref="PageText"/>'s buffer. Tag and attribute names are ids of the
/// document's <see cref="NameTable"/>.
/// </summary>
/// <remarks>
/// The input is not preprocessed into a copy (13.2.3.5): every state reads a CR as the LF it would have become,
/// skipping an LF right after it, and U+0000 is handled where each state says. Between tokens the tokenizer is
/// only ever in a content state (<see cref="ContentState"/>); the states inside a tag, comment or DOCTYPE are
/// local to the method that reads that token, one file a group: text runs (HtmlTokenizer.Text.cs), script data
/// (.ScriptData.cs), tags (.Tags.cs), comments (.Comments.cs), DOCTYPEs (.Doctype.cs), character references
/// (.CharacterReferences.cs). A run of text stops before a token's '&lt;', so text and markup come out one
/// <see cref="Next"/> each; the consumer joins adjacent runs.
/// </remarks>
internal sealed partial class HtmlTokenizer
{
    readonly PageText text;
    readonly NameTable names;
    readonly char[] source;   // the markup, in a buffer that may run on past its end
    readonly int sourceLength; // where the markup ends

    // Where reading goes on, and the content state it goes on in.
    int pos;
    ContentState contentState;

    /// <summary>A tokenizer over <paramref name="text"/>'s markup, interning names in <paramref name="names"/>.</summary>
    public HtmlTokenizer(PageText text, NameTable names)
    {
        this.text = text;
        this.names = names;
        source = text.Markup;
        sourceLength = text.SourceLength;
    }

    /// <summary>Reads the next token and returns its kind; at the end of the input, <see cref="TokenKind.EndOfFile"/> every time.</summary>
    public TokenKind Next()
    {
        while (true)
        {
            if (pos >= sourceLength)
                return EmitEndOfFile();
            // A reader returns None when it consumed markup that makes no token ("</>", an empty CDATA section).
            TokenKind kind = contentState switch
            {
                ContentState.Data => ReadText(inData: true, characterReferences: true),
                ContentState.RcData => ReadText(inData: false, characterReferences: true),
                ContentState.RawText => ReadText(inData: false, characterReferences: false),
                ContentState.ScriptData => ReadScriptData(),
                ContentState.PlainText => ReadPlainText(),
                _ => ReadCDataSection(),
            };
            if (kind != TokenKind.None)
                return kind;
        }
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>A tag's name id (start and end tags).</summary>
    public int TagName { get; private set; }

    /// <summary>A start tag's self-closing flag.</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>A start tag's attributes in source order, duplicates dropped (the first wins); empty for other tokens.</summary>
    public ReadOnlySpan<TokenAttribute> Attributes => attributes.AsSpan(0, attributeCount);

    /// <summary>A character run's characters, a comment's text, or a DOCTYPE's name (<see cref="TextRange.Missing"/> when it has none).</summary>
    public TextRange Data { get; private set; }

    /// <summary>Whether a character run read in the data state (or a CDATA section) holds U+0000 (the tree builder drops or replaces them by mode).</summary>
    public bool DataHasNul { get; private set; }

    /// <summary>A DOCTYPE's public identifier, or <see cref="TextRange.Missing"/>.</summary>
    public TextRange PublicId { get; private set; }

    /// <summary>A DOCTYPE's system identifier, or <see cref="TextRange.Missing"/>.</summary>
    public TextRange SystemId { get; private set; }

    /// <summary>A DOCTYPE's force-quirks flag.</summary>
    public bool ForceQuirks { get; private set; }

    /// <summary>Switches the tokenizer to a content model's state; the tree builder sets it after the start tag that calls for it.</summary>
    public ContentState State { set => contentState = value; }

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
    public int Position => pos;

    TokenKind EmitCharacters(TextRange run, bool hasNul)
    {
        Kind = TokenKind.Character;
        Data = run;
        DataHasNul = hasNul;
        attributeCount = 0;
        return Kind;
    }

    TokenKind EmitComment(TextRange comment, int next)
    {
        pos = next;
        contentState = ContentState.Data;
        EmitCharacters(comment, hasNul: false);
        return Kind = TokenKind.Comment;
    }

    TokenKind EmitEndOfFile()
    {
        pos = sourceLength;
        EmitCharacters(default, hasNul: false);
        return Kind = TokenKind.EndOfFile;
    }

    // Bit c set for the characters below 64 in a class: tested with one shift in the hot loops.
    const ulong WhitespaceBits = (1UL << ' ') | (1UL << '\n') | (1UL << '\t') | (1UL << '\f') | (1UL << '\r');
    const ulong TagNameEndBits = WhitespaceBits | (1UL << '/') | (1UL << '>');

    // ASCII whitespace as the tokenizer sees it: CR stands for the LF preprocessing makes of it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool IsWhitespace(char c) => c <= ' ' && ((1UL << c) & WhitespaceBits) != 0;

    // Whether a character ends a tag name that is being looked ahead at: whitespace, '/' or '>'.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    static bool EndsTagName(char c) => c <= '>' && ((1UL << c) & TagNameEndBits) != 0;

    // Inlined: called for every attribute, mostly to skip one space or none.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    int SkipWhitespace(int p)
    {
        while (p < sourceLength && IsWhitespace(source[p]))
            p++;
        return p;
    }

    // The character at i, or U+0000 past the end: for lookahead compared against other characters only.
    char At(int i) => (uint)i < (uint)sourceLength ? source[i] : '\0';
}
