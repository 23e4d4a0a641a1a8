using Lede.Html;
using Lede.Pages;

namespace Lede.Pages;

/// <summary>
/// Resolves the addresses a page writes (images, links) against the page URL and the page's own
/// <c>&lt;base href&gt;</c>, once per extraction. Without an absolute base, addresses are kept as the page wrote them.
/// </summary>
internal sealed class UrlResolver
{
    private readonly Uri? _base;

    private UrlResolver(Uri? baseUri) => _base = baseUri;

    /// <summary>The resolver for one page: its URL, then a <c>&lt;base href&gt;</c> in its head (absolute or relative to the URL).</summary>
    public static UrlResolver For(PageDocument page, string? pageUrl)
    {
        Uri? baseUri = null;
        if (!string.IsNullOrWhiteSpace(pageUrl) && Uri.TryCreate(pageUrl.Trim(), UriKind.Absolute, out var pageUri) && IsWeb(pageUri))
            baseUri = pageUri;
        if (BaseHref(page) is { } href)
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
        if (_base is null || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || PlainHttpUrl.Is(trimmed)) return trimmed;
        return Uri.TryCreate(_base, trimmed, out var resolved) ? resolved.AbsoluteUri : trimmed;
    }

    /// <summary>The address as an absolute http(s) URL, or null when it cannot be one (no base, javascript:, data:).</summary>
    public string? Absolute(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return null;
        var trimmed = address.Trim();
        if (PlainHttpUrl.Is(trimmed)) return trimmed;
        // With a base first: on Unix "/images/a.jpg" alone would parse as an absolute file: URI.
        if (_base is not null) return Uri.TryCreate(_base, trimmed, out var resolved) && IsWeb(resolved) ? resolved.AbsoluteUri : null;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && IsWeb(absolute) ? absolute.AbsoluteUri : null;
    }

    // The first <base href> among the head's children: the HTML parser puts <base> there, and the first one wins. The
    // head is the root's first HTML <head> child (the DOM's document.head).
    private static string? BaseHref(PageDocument page)
    {
        if (page.Count == 0) return null;
        foreach (int head in page.ChildrenOf(0))
        {
            if (!page.IsHtml(head, KnownNames.Head)) continue;
            foreach (int child in page.ChildrenOf(head))
            {
                if (page.NameOf(child) != KnownNames.Base) continue;
                var href = page.AttributeSpan(child, "href", out _).Trim();
                if (!href.IsWhiteSpace()) return href.ToString();
            }
            return null;
        }
        return null;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme is "http" or "https";
}
