using System.Buffers;
using System.Net;
using System.Text;

namespace Lede.Metadata;

/// <summary>
/// Mends the JSON-LD that browsers and search engines tolerate but a strict parser does not: HTML entities
/// (the whole script entity-encoded), CDATA and comment wrappers, raw line breaks and tabs inside strings.
/// Trailing commas and // or /* */ comments are left to the parser's own options.
/// </summary>
internal static class JsonRepair
{
    /// <summary>The script mended; a slice of <paramref name="json"/>, not a copy, when only wrappers and edges needed dropping.</summary>
    public static ReadOnlyMemory<char> Mend(ReadOnlyMemory<char> json)
    {
        var text = json.Trim();
        text = StripWrapper(text, "<!--", "-->");
        text = StripWrapper(text, "<![CDATA[", "]]>");
        text = StripWrapper(text, "//<![CDATA[", "//]]>");
        // A script encoded whole ({&quot;@context&quot;: …}) is decoded; an entity inside a string of valid JSON is left alone.
        if (EncodedWhole(text.Span)) text = WebUtility.HtmlDecode(text.ToString()).AsMemory();
        return EscapeControlCharacters(text);
    }

    private static bool EncodedWhole(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && (text[i] is '{' or '[' || char.IsWhiteSpace(text[i]))) i++;
        return i > 0 && i < text.Length && text[i] == '&';
    }

    private static ReadOnlyMemory<char> StripWrapper(ReadOnlyMemory<char> text, string open, string close)
    {
        var t = text.Trim();
        if (t.Span.StartsWith(open, StringComparison.Ordinal)) t = t[open.Length..].Trim();
        if (t.Span.EndsWith(close, StringComparison.Ordinal)) t = t[..^close.Length].Trim();
        return t;
    }

    // What the scan inside a string stops at: its end, an escape, or a raw control character.
    private static readonly SearchValues<char> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    // Inside a string, raw control characters must be escaped; outside, they are whitespace. Only quotes, backslashes
    // and control characters matter, so the scan jumps from one to the next (a script's text is mostly long strings).
    private static ReadOnlyMemory<char> EscapeControlCharacters(ReadOnlyMemory<char> memory)
    {
        var text = memory.Span;
        // A script on one line, as most are written, has no control character anywhere.
        if (!text.ContainsAnyInRange('\u0000', '\u001F')) return memory;
        StringBuilder? sb = null;
        int copied = 0, i = 0;
        while (i < text.Length)
        {
            // Outside a string: on to the quote that opens the next one.
            int open = text[i..].IndexOf('"');
            if (open < 0) break;
            i += open + 1;
            while (i < text.Length)
            {
                int stop = text[i..].IndexOfAny(StringStops);
                if (stop < 0) { i = text.Length; break; }
                i += stop;
                char c = text[i];
                if (c == '"') { i++; break; }
                if (c == '\\') { i = Math.Min(i + 2, text.Length); continue; } // the escaped character, whatever it is
                sb ??= new StringBuilder(text.Length + 16);
                sb.Append(text[copied..i]).Append(c switch
                {
                    '\n' => "\\n", '\r' => "\\r", '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                });
                copied = ++i;
            }
        }
        if (sb is null) return memory;
        sb.Append(text[copied..]);
        return sb.ToString().AsMemory();
    }
}
