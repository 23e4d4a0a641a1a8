using System.Buffers;

namespace Lede.Html;

/// <summary>
/// Script data and its escaped and double-escaped states (13.2.5.4, 13.2.5.15–31). All of it is text but for the
/// appropriate end tag (seen from the script data and escaped states, not from the double-escaped ones), so one run
/// goes up to that tag, and the sub-states only decide where "&lt;/script" counts: "&lt;!--" escapes, "&lt;script"
/// inside an escape double-escapes, "&lt;/script" there and "--&gt;" undo them. The less-than sign, escape start,
/// end tag open and name states are lookaheads at a '&lt;' or '-': they only ever emit the characters they read.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    static readonly SearchValues<char> EscapedScriptStops = SearchValues.Create("<-\r\0");
    static readonly SearchValues<char> DiscardedEscapedScriptStops = SearchValues.Create("<-"); // CR and U+0000 change no state

    enum ScriptState : byte
    {
        Data,
        Escaped,
        EscapedDash,
        EscapedDashDash,
        DoubleEscaped,
        DoubleEscapedDash,
        DoubleEscapedDashDash,
    }

    TokenKind ReadScriptData()
    {
        char[] s = source;
        int start = pos, p = pos;
        bool store = !DiscardText;
        var state = ScriptState.Data;
        BeginRun(p);
        while (p < sourceLength)
        {
            if (state is ScriptState.Data or ScriptState.Escaped or ScriptState.DoubleEscaped
                && (p = NextStop(p, ScriptStops(state == ScriptState.Data, store))) == sourceLength)
                break;
            char c = s[p];
            if (c == '<')
            {
                if (state != ScriptState.Data && state < ScriptState.DoubleEscaped)
                    state = ScriptState.Escaped; // the escaped less-than sign state falls back to the escaped state
                if (state <= ScriptState.Escaped && IsAppropriateEndTagAt(p))
                {
                    if (p > start)
                        break;
                    return ReadTagOpen(p);
                }
                (state, p) = AfterScriptLessThanSign(state, p);
            }
            else if (c == '-')
            {
                state = state switch
                {
                    ScriptState.Escaped => ScriptState.EscapedDash,
                    ScriptState.EscapedDash or ScriptState.EscapedDashDash => ScriptState.EscapedDashDash,
                    ScriptState.DoubleEscaped => ScriptState.DoubleEscapedDash,
                    _ => ScriptState.DoubleEscapedDashDash,
                };
                p++;
            }
            else
            {
                // After "--", '>' ends the escape; anything else (U+0000 and CR too) brings a dash state back to its base.
                bool closesEscape = c == '>' && state is ScriptState.EscapedDashDash or ScriptState.DoubleEscapedDashDash;
                state = closesEscape ? ScriptState.Data : state >= ScriptState.DoubleEscaped ? ScriptState.DoubleEscaped
                    : state == ScriptState.Data ? ScriptState.Data : ScriptState.Escaped;
                if (!store || c is not ('\r' or '\0'))
                    p++;
                else
                    p = c == '\r' ? NewlineInRun(p) : ReplaceInRun(p, ReplacementCharacter);
            }
        }
        pos = p;
        return EmitCharacters(EndRun(p), false);
    }

    // What a run stops at in the script data state or in an escaped one; unstored text keeps its CR and U+0000 as they are.
    static SearchValues<char> ScriptStops(bool inData, bool store)
        => inData ? (store ? RawTextStops : DiscardedTextStops) : (store ? EscapedScriptStops : DiscardedEscapedScriptStops);

    // The states a '<' leads to in script data (not at an appropriate end tag): returns the state and position the
    // run goes on in. Every character these states consume is emitted as it is.
    (ScriptState, int) AfterScriptLessThanSign(ScriptState state, int p)
    {
        switch (state)
        {
            case ScriptState.Data:
                // Script data less-than sign and escape start states: "<!--" enters the escape, straight at its "--".
                return At(p + 1) == '!' && At(p + 2) == '-' && At(p + 3) == '-'
                    ? (ScriptState.EscapedDashDash, p + 4)
                    : (ScriptState.Data, p + 1);
            case ScriptState.Escaped:
                // Script data escaped less-than sign and double escape start states: "<script" and a delimiter.
                if (!char.IsAsciiLetter(At(p + 1)))
                    return (ScriptState.Escaped, p + 1);
                int end = LettersEnd(p + 1);
                return (IsScriptNameAt(p + 1, end) ? ScriptState.DoubleEscaped : ScriptState.Escaped, end);
            default:
                // Script data double escaped less-than sign and double escape end states: "</script" and a delimiter.
                if (At(p + 1) != '/')
                    return (ScriptState.DoubleEscaped, p + 1);
                end = LettersEnd(p + 2);
                return (IsScriptNameAt(p + 2, end) ? ScriptState.Escaped : ScriptState.DoubleEscaped, end);
        }
    }

    int LettersEnd(int p)
    {
        while (p < sourceLength && char.IsAsciiLetter(source[p]))
            p++;
        return p;
    }

    // Whether the letters from `start` to `end` spell "script" in any case and whitespace, '/' or '>' follows them
    // (the delimiter itself is read again in the new state, where it is text either way).
    bool IsScriptNameAt(int start, int end)
    {
        if (end - start != 6 || end >= sourceLength || !System.Text.Ascii.EqualsIgnoreCase(source.AsSpan(start, 6), "script"))
            return false;
        return EndsTagName(source[end]);
    }
}
