namespace Lede.Html;

/// <summary>What the tokenizer read last (WHATWG HTML 13.2.5: the tokens it emits).</summary>
internal enum TokenKind : byte
{
    /// <summary>Nothing read yet.</summary>
    None,
    /// <summary>A run of characters, no tag inside: <see cref="HtmlTokenizer.Data"/>.</summary>
    Character,
    /// <summary>A start tag: name, attributes, self-closing flag.</summary>
    StartTag,
    /// <summary>An end tag: its name (an end tag's attributes are dropped).</summary>
    EndTag,
    /// <summary>A comment: <see cref="HtmlTokenizer.Data"/>.</summary>
    Comment,
    /// <summary>A DOCTYPE: name, public and system identifiers, force-quirks flag.</summary>
    Doctype,
    /// <summary>The end of the input; every later read returns it again.</summary>
    EndOfFile,
}

/// <summary>
/// The tokenizer states that the tree builder (or a test) switches to from outside: the content models of
/// <c>title</c>/<c>textarea</c> (RCDATA), <c>style</c>/<c>xmp</c>/<c>iframe</c>/<c>noembed</c>/<c>noframes</c>
/// (RAWTEXT), <c>script</c>, <c>plaintext</c>; CDATA sections only as a test's initial state.
/// </summary>
internal enum ContentState : byte
{
    Data,
    RcData,
    RawText,
    ScriptData,
    PlainText,
    CDataSection,
}

/// <summary>An attribute of the current start tag: its name's id and its value's characters.</summary>
internal readonly record struct TokenAttribute(int Name, TextRange Value);
