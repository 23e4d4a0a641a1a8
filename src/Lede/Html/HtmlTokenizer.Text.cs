using System.Buffers;

namespace Lede.Html;

/// <summary>
/// The content states that read text: data, RCDATA, RAWTEXT, PLAINTEXT and the CDATA section (13.2.5.1–5, 13.2.5.9–15,
/// 13.2.5.69–71). Each skips plain characters with a vectorized search for the few that matter in it, and stops a
/// run before the '&lt;' of a token, which the next call reads.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    // What interrupts plain text in each state ('\r' because it becomes LF, U+0000 because it is replaced or noted).
    static readonly SearchValues<char> DataStops = SearchValues.Create("<&\r\0");
    static readonly SearchValues<char> RawTextStops = SearchValues.Create("<\r\0");
    static readonly SearchValues<char> PlainTextStops = SearchValues.Create("\r\0");
    // Text that is not stored keeps its CR and U+0000: only a '<' matters, and one character is the fastest search.
    static readonly SearchValues<char> DiscardedTextStops = SearchValues.Create("<");

    const char ReplacementCharacter = '\uFFFD';

    // Data, RCDATA and RAWTEXT: text up to a token's '<' — in the data state a tag, comment or DOCTYPE, in the others
    // only the appropriate end tag. U+0000 is kept in the data state (noted in DataHasNul) and replaced in the others.
    TokenKind ReadText(bool inData, bool characterReferences)
    {
        char[] s = source;
        int start = pos, p = pos;
        bool store = inData || !DiscardText, hasNul = false;
        var stops = !store ? DiscardedTextStops : characterReferences ? DataStops : RawTextStops;
        BeginRun(p);
        // Every stop set holds '<', and a token often starts right where the last one ended: no search for it then.
        for (p = s[p] == '<' ? p : NextStop(p, stops); p < sourceLength; p = NextStop(p, stops))
        {
            char c = s[p];
            if (c == '<')
            {
                if (!(inData ? StartsMarkup(p) : IsAppropriateEndTagAt(p)))
                {
                    p++;
                    continue;
                }
                if (p > start)
                    break;
                return ReadTagOpen(p);
            }
            if (c == '&')
                p = CharacterReference(p, inAttribute: false);
            else if (!store)
                p++; // discarded text keeps its CR and U+0000: only its extent matters
            else if (c == '\r')
                p = NewlineInRun(p);
            else if (inData)
                (hasNul, p) = (true, p + 1);
            else
                p = ReplaceInRun(p, ReplacementCharacter);
        }
        pos = p;
        return EmitCharacters(EndRun(p), hasNul);
    }

    // Where the next of `stops` is from `p`, or the input's length.
    int NextStop(int p, SearchValues<char> stops) => NextStop(p, sourceLength, stops);

    // Where the next of `stops` is from `p` before `end`, or `end`.
    int NextStop(int p, int end, SearchValues<char> stops)
    {
        int skip = source.AsSpan(p, end - p).IndexOfAny(stops);
        return skip < 0 ? end : p + skip;
    }

    // Whether the '<' at `at` opens a token in the data state (tag open state): a letter, '!', '?' or "</" with
    // something after it; any other '<' is text, and so is "</" at the end of the input.
    bool StartsMarkup(int at)
    {
        char next = At(at + 1);
        return char.IsAsciiLetter(next) || next == '!' || next == '?' || (next == '/' && at + 2 < sourceLength);
    }

    // Whether "</name" at `at` closes the element whose start tag came last (the "appropriate end tag" of the RCDATA,
    // RAWTEXT and script data end tag name states): the letters match its name and whitespace, '/' or '>' follows.
    bool IsAppropriateEndTagAt(int at)
    {
        if (At(at + 1) != '/')
            return false;
        string expected = names[LastStartTag];
        int nameStart = at + 2, end = nameStart + expected.Length;
        if (expected.Length == 0 || end >= sourceLength)
            return false; // at the end of the input the letters are text
        for (int i = 0; i < expected.Length; i++)
        {
            char c = source[nameStart + i];
            if (!char.IsAsciiLetter(c) || (char)(c | 0x20) != expected[i])
                return false;
        }
        return EndsTagName(source[end]);
    }

    // PLAINTEXT: the rest of the input is text.
    TokenKind ReadPlainText()
    {
        char[] s = source;
        int p = pos;
        BeginRun(p);
        while ((p = NextStop(p, PlainTextStops)) < sourceLength)
            p = s[p] == '\r' ? NewlineInRun(p) : ReplaceInRun(p, ReplacementCharacter);
        pos = sourceLength;
        return EmitCharacters(EndRun(sourceLength), false);
    }

    // CDATA section and its bracket and end states: text up to the first "]]>", U+0000 kept as in the data state.
    TokenKind ReadCDataSection()
    {
        char[] s = source;
        int p = pos;
        int close = s.AsSpan(p, sourceLength - p).IndexOf("]]>", StringComparison.Ordinal);
        int end = close < 0 ? sourceLength : p + close;
        bool hasNul = false;
        BeginRun(p);
        // The search stops at the section's end: past it, it could cost the rest of the page for each section.
        while ((p = NextStop(p, end, PlainTextStops)) < end)
        {
            if (s[p] == '\r')
                p = NewlineInRun(p);
            else
                (hasNul, p) = (true, p + 1);
        }
        var run = EndRun(end);
        if (close >= 0)
        {
            contentState = ContentState.Data;
            end += 3;
        }
        pos = end;
        return run.Length > 0 ? EmitCharacters(run, hasNul) : TokenKind.None;
    }
}
