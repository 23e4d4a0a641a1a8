using System.Buffers;

namespace Lede.Html;

/// <summary>
/// Tags (13.2.5.6–8, 13.2.5.32–40): the tag open, end tag open and tag name states, the attribute states (before and
/// after the name, the name, the value in all three quoting styles, after a quoted value) and the self-closing start
/// tag state. Duplicate attributes are dropped, and an end tag's are read and dropped.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    static readonly SearchValues<char> UnquotedValueStops = SearchValues.Create("\t\n\f\r >&\0");
    static readonly SearchValues<char> DoubleQuotedValueStops = SearchValues.Create("\"&\r\0");
    static readonly SearchValues<char> SingleQuotedValueStops = SearchValues.Create("'&\r\0");

    // Up to this many attributes a duplicate is found by scanning them; past it, by a set (no quadratic cost).
    const int LinearScanLimit = 16;

    TokenAttribute[] attributes = new TokenAttribute[8];
    int attributeCount;
    HashSet<int>? attributeNames; // the current tag's attribute names while it has more than LinearScanLimit

    // Tag open state, at a '<' that StartsMarkup.
    TokenKind ReadTagOpen(int at)
    {
        char next = source[at + 1];
        if (next == '!')
            return ReadMarkupDeclarationOpen(at + 2);
        if (next == '?')
            return ReadBogusComment(at + 1); // unexpected-question-mark-instead-of-tag-name: the '?' is the comment's
        if (next != '/')
            return ReadTag(at + 1, isEnd: false);
        // End tag open state: StartsMarkup made sure a character follows "</".
        next = source[at + 2];
        if (char.IsAsciiLetter(next))
            return ReadTag(at + 2, isEnd: true);
        if (next == '>')
        {
            pos = at + 3; // missing-end-tag-name: "</>" is nothing
            contentState = ContentState.Data;
            return TokenKind.None;
        }
        return ReadBogusComment(at + 2); // invalid-first-character-of-tag-name
    }

    // Tag name state from the name's first letter, then the attribute states up to the tag's '>'.
    TokenKind ReadTag(int nameStart, bool isEnd)
    {
        char[] s = source;
        int bufferMark = text.End;
        attributeCount = 0;
        int p = ReadName(nameStart, attribute: false, out int tagName);
        while (true)
        {
            // Before attribute name state (also where the after-attribute-value and self-closing states go on).
            p = SkipWhitespace(p);
            if (p >= sourceLength)
                break;
            char c = s[p];
            if (c == '>')
                return EmitTag(tagName, isEnd, selfClosing: false, p + 1, bufferMark);
            if (c == '/')
            {
                // Self-closing start tag state: anything but '>' is unexpected-solidus-in-tag, read as before a name.
                p++;
                if (p < sourceLength && s[p] == '>')
                    return EmitTag(tagName, isEnd, selfClosing: true, p + 1, bufferMark);
                continue;
            }
            // Attribute name state: the first character is the name's even if it is '='.
            p = ReadName(p, attribute: true, out int attributeName);
            bool keep = !isEnd && IsNewAttribute(attributeName);
            // After attribute name state.
            p = SkipWhitespace(p);
            if (p >= sourceLength)
                break;
            var value = new TextRange(p, 0);
            if (s[p] == '=')
            {
                // Before attribute value state: '>' leaves the value empty (missing-attribute-value) and ends the tag.
                p = SkipWhitespace(p + 1);
                if (p >= sourceLength)
                    break;
                if (s[p] != '>')
                {
                    p = ReadAttributeValue(p, out value);
                    if (p < 0)
                        break;
                }
            }
            if (keep)
                AddAttribute(attributeName, value);
            else if (value.Start >= text.SourceLength)
                text.TruncateTo(value.Start); // a dropped value that had to be copied
        }
        // eof-in-tag: the tag is dropped, and with it what its values wrote to the buffer.
        text.TruncateTo(bufferMark);
        attributeCount = 0;
        return EmitEndOfFile();
    }

    TokenKind EmitTag(int tagName, bool isEnd, bool selfClosing, int next, int bufferMark)
    {
        pos = next;
        contentState = ContentState.Data;
        Kind = isEnd ? TokenKind.EndTag : TokenKind.StartTag;
        TagName = tagName;
        DataHasNul = false;
        if (isEnd)
        {
            // An end tag's attributes and self-closing flag are parse errors and mean nothing.
            text.TruncateTo(bufferMark);
            attributeCount = 0;
            SelfClosing = false;
        }
        else
        {
            SelfClosing = selfClosing;
            LastStartTag = tagName;
        }
        return Kind;
    }

    // Attribute value (double-quoted, single-quoted, unquoted) states from the value's first character (or its quote).
    // Returns where the tag goes on (after the closing quote, or at the whitespace or '>' after an unquoted value), or
    // -1 at the end of the input.
    int ReadAttributeValue(int p, out TextRange value)
    {
        char[] s = source;
        char quote = s[p];
        bool quoted = quote is '"' or '\'';
        var stops = quote == '"' ? DoubleQuotedValueStops : quote == '\'' ? SingleQuotedValueStops : UnquotedValueStops;
        if (quoted)
            p++;
        BeginRun(p);
        while (true)
        {
            if ((p = NextStop(p, stops)) == sourceLength)
            {
                value = default;
                return -1;
            }
            char c = s[p];
            if (c == '&')
                p = CharacterReference(p, inAttribute: true);
            else if (c == '\0')
                p = ReplaceInRun(p, ReplacementCharacter);
            else if (c == '\r' && quoted)
                p = NewlineInRun(p);
            else
            {
                // The closing quote, or the whitespace or '>' that ends an unquoted value.
                value = EndRun(p);
                return quoted ? p + 1 : p;
            }
        }
    }

    bool IsNewAttribute(int name)
    {
        if (attributeCount > LinearScanLimit)
            return !attributeNames!.Contains(name);
        for (int i = 0; i < attributeCount; i++)
            if (attributes[i].Name == name)
                return false;
        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    void AddAttribute(int name, TextRange value)
    {
        // Most tags have a few attributes: room in the array and no set to keep.
        if (attributeCount < LinearScanLimit && attributeCount < attributes.Length)
        {
            attributes[attributeCount++] = new TokenAttribute(name, value);
            return;
        }
        AddAttributeSlow(name, value);
    }

    void AddAttributeSlow(int name, TextRange value)
    {
        if (attributeCount == attributes.Length)
            Array.Resize(ref attributes, attributeCount * 2);
        attributes[attributeCount++] = new TokenAttribute(name, value);
        if (attributeCount <= LinearScanLimit)
            return;
        if (attributeCount == LinearScanLimit + 1)
        {
            // The set takes over from the scan: it holds the current tag's names while there are this many. Clearing
            // costs the set's capacity, so after a huge tag a fresh set keeps later tags from paying for it.
            if (attributeNames is null || attributeNames.Count > 1024)
                attributeNames = [];
            else
                attributeNames.Clear();
            for (int i = 0; i < attributeCount - 1; i++)
                attributeNames.Add(attributes[i].Name);
        }
        attributeNames!.Add(name);
    }
}
