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
    public static string Mend(string json)
    {
        var text = json.Trim();
        text = StripWrapper(text, "<!--", "-->");
        text = StripWrapper(text, "<![CDATA[", "]]>");
        text = StripWrapper(text, "//<![CDATA[", "//]]>");
        // A script encoded whole ({&quot;@context&quot;: …}) is decoded; an entity inside a string of valid JSON is left alone.
        if (EncodedWhole(text)) text = WebUtility.HtmlDecode(text);
        return EscapeControlCharacters(text);
    }

    private static bool EncodedWhole(string text)
    {
        int i = 0;
        while (i < text.Length && (text[i] is '{' or '[' || char.IsWhiteSpace(text[i]))) i++;
        return i > 0 && i < text.Length && text[i] == '&';
    }

    private static string StripWrapper(string text, string open, string close)
    {
        var t = text.AsSpan().Trim();
        if (t.StartsWith(open, StringComparison.Ordinal)) t = t[open.Length..].Trim();
        if (t.EndsWith(close, StringComparison.Ordinal)) t = t[..^close.Length].Trim();
        return t.Length == text.Length ? text : t.ToString();
    }

    // Inside a string, raw control characters must be escaped; outside, they are whitespace.
    private static string EscapeControlCharacters(string text)
    {
        StringBuilder? sb = null;
        bool inString = false, escaped = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = null;
            if (inString)
            {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                else if (c < ' ') replacement = c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) };
            }
            else if (c == '"') inString = true;
            if (replacement is not null)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                sb.Append(replacement);
            }
            else sb?.Append(c);
        }
        return sb?.ToString() ?? text;
    }
}
