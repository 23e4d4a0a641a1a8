using System.Text;

namespace Lede.Output.Html;

/// <summary>Escaping and the address and language checks the HTML writer's output rests on.</summary>
internal static class HtmlText
{
    /// <summary>Appends text escaped for element content.</summary>
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '\0': html.Append('\uFFFD'); break;
                default: html.Append(c); break;
            }
        }
    }

    /// <summary>Appends text escaped for a double-quoted attribute value.</summary>
    public static void AppendAttribute(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '"': html.Append("&quot;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '\0' or '\n' or '\r' or '\t': html.Append(' '); break;
                default: html.Append(c); break;
            }
        }
    }

    /// <summary>
    /// The address when it is an absolute http(s) URL (or, for a link, <c>mailto:</c>); null otherwise — a relative
    /// address has no page to resolve against here, and every other scheme (<c>javascript:</c>, <c>data:</c>) is refused.
    /// </summary>
    public static string? WebAddress(string? address, bool allowMail)
    {
        if (string.IsNullOrWhiteSpace(address) || !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri)) return null;
        return uri.Scheme is "http" or "https" || (allowMail && uri.Scheme == "mailto") ? uri.AbsoluteUri : null;
    }

    /// <summary>The language as a BCP 47 tag the <c>lang</c> attribute takes ("en", "pt-BR"); null when it is not one.</summary>
    public static string? LanguageTag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language) || language.Length > 35) return null;
        foreach (char c in language)
            if (!char.IsAsciiLetterOrDigit(c) && c != '-') return null;
        return language;
    }
}
