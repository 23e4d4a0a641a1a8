using System.Net;
using System.Text;
using Lede.Lexicon;

namespace Lede.Metadata;

/// <summary>Small text helpers the metadata sources share: collapsing whitespace, decoding stray entities, telling URLs.</summary>
internal static class MetaText
{
    /// <summary>Whitespace collapsed and trimmed, HTML entities that slipped into structured data decoded; null when empty.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (IsClean(text)) return text;
        // JSON-LD and meta values are often entity-encoded twice ("&amp;#8217;"); one more decode shows what the page means.
        if (text.Contains('&') && text.Contains(';')) text = WebUtility.HtmlDecode(text);
        var sb = new StringBuilder(text.Length);
        TextMeasure.AppendCollapsed(sb, text);
        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    // Most values need nothing: no entity, no edge or doubled space, no soft hyphen. They are returned as they are.
    private static bool IsClean(string text)
    {
        if (TextMeasure.IsSpace(text[0]) || TextMeasure.IsSpace(text[^1])) return false;
        // Printable ASCII, as most of a value is, needs looking at only for an entity or a doubled space.
        var span = text.AsSpan();
        int other = span.IndexOfAnyExceptInRange(' ', '~');
        var ascii = other < 0 ? span : span[..other];
        if (ascii.Contains('&') || ascii.Contains("  ", StringComparison.Ordinal)) return false;
        if (other < 0) return true;
        for (int i = other; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '&' || c == '\u00AD') return false;
            if (c == ' ' ? text[i - 1] == ' ' : c < ' ' || (c > 127 && TextMeasure.IsSpace(c))) return false;
        }
        return true;
    }

    public static bool IsUrl(string text)
        => text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
           || text.StartsWith("//", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Splits a keyword list ("a, b; c") into distinct trimmed entries.</summary>
    public static List<string> SplitList(IEnumerable<string> values)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
            foreach (var part in value.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (Clean(part) is { } clean && clean.Length <= 100 && seen.Add(clean)) result.Add(clean);
        return result;
    }
}
