using AngleSharp.Dom;

namespace Lede.Figures;

/// <summary>
/// Resolves the addresses a page writes (images, links) against the page URL and the page's own
/// <c>&lt;base href&gt;</c>, once per extraction. Without an absolute base, addresses are kept as the page wrote them.
/// </summary>
internal sealed class UrlResolver
{
    private readonly Uri? _base;

    private UrlResolver(Uri? baseUri) => _base = baseUri;

    /// <summary>The resolver for one page: its URL, then a <c>&lt;base href&gt;</c> in its head (absolute or relative to the URL).</summary>
    public static UrlResolver For(IDocument document, string? pageUrl)
    {
        Uri? baseUri = null;
        if (!string.IsNullOrWhiteSpace(pageUrl) && Uri.TryCreate(pageUrl.Trim(), UriKind.Absolute, out var page) && IsWeb(page))
            baseUri = page;
        if (BaseHref(document) is { } href)
        {
            if (baseUri is not null && Uri.TryCreate(baseUri, href, out var combined) && IsWeb(combined)) baseUri = combined;
            else if (baseUri is null && Uri.TryCreate(href, UriKind.Absolute, out var absolute) && IsWeb(absolute)) baseUri = absolute;
        }
        return new UrlResolver(baseUri);
    }

    /// <summary>The address made absolute when it can be; null for an empty one.</summary>
    public string? Resolve(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var trimmed = address.Trim();
        if (_base is null || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return trimmed;
        return Uri.TryCreate(_base, trimmed, out var resolved) ? resolved.AbsoluteUri : trimmed;
    }

    /// <summary>The address as an absolute http(s) URL, or null when it cannot be one (no base, javascript:, data:).</summary>
    public string? Absolute(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var trimmed = address.Trim();
        // With a base first: on Unix "/images/a.jpg" alone would parse as an absolute file: URI.
        if (_base is not null) return Uri.TryCreate(_base, trimmed, out var resolved) && IsWeb(resolved) ? resolved.AbsoluteUri : null;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && IsWeb(absolute) ? absolute.AbsoluteUri : null;
    }

    // The first <base href> among the head's children: the HTML parser puts <base> there, and the first one wins.
    private static string? BaseHref(IDocument document)
    {
        var head = document.Head;
        if (head is null) return null;
        foreach (var child in head.Children)
            if (child.LocalName == "base" && child.GetAttribute("href") is { } href && !string.IsNullOrWhiteSpace(href))
                return href.Trim();
        return null;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https";
}
