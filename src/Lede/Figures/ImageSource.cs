using AngleSharp.Dom;

namespace Lede.Figures;

/// <summary>
/// Finds the address of the image an <c>&lt;img&gt;</c> shows: the largest candidate of its <c>srcset</c> and of
/// its <c>&lt;picture&gt;</c>'s <c>&lt;source&gt;</c>s, else a lazy-loading attribute (the real address that a
/// script would swap in), else <c>src</c> unless it is a placeholder, else the copy in a <c>&lt;noscript&gt;</c>
/// beside it (lazy-loading plugins leave one for readers without scripts).
/// </summary>
internal static class ImageSource
{
    /// <summary>Attributes lazy-loading scripts read the real address from, most common first.</summary>
    private static readonly string[] LazyAttributes = ["data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "data-full-src"];

    /// <summary>Attributes lazy-loading scripts read a srcset from.</summary>
    private static readonly string[] SrcsetAttributes = ["srcset", "data-srcset", "data-lazy-srcset"];

    /// <summary>The image's address as the page wrote it (unresolved), or null when it has no usable one.</summary>
    public static string? Find(IElement img) => FindOwn(img) ?? FindInNoscript(img);

    private static string? FindOwn(IElement img)
    {
        var candidates = new List<SrcsetCandidate>();
        foreach (var name in SrcsetAttributes) Srcset.Parse(img.GetAttribute(name), candidates);
        if (img.ParentElement is { LocalName: "picture" } picture)
        {
            foreach (var source in picture.Children)
            {
                if (source.LocalName != "source") continue;
                foreach (var name in SrcsetAttributes) Srcset.Parse(source.GetAttribute(name), candidates);
            }
        }
        candidates.RemoveAll(c => IsPlaceholder(c.Url));

        var largest = Srcset.Largest(candidates);
        // A srcset that offers more than the plain address (a width, or a density past 1x) is the better source.
        if (largest is { } best && (best.Width > 0 || best.Density > 1)) return best.Url;
        foreach (var name in LazyAttributes)
            if (img.GetAttribute(name) is { } lazy && !IsPlaceholder(lazy)) return lazy.Trim();
        if (img.GetAttribute("src") is { } src && !IsPlaceholder(src)) return src.Trim();
        return largest?.Url;
    }

    // <img src="data:…" data-lazy="…"><noscript><img src="real.jpg"></noscript>: the parser reads noscript as markup.
    private static string? FindInNoscript(IElement img)
    {
        var box = img.ParentElement is { LocalName: "picture" } picture ? picture : img;
        for (var sibling = box.NextElementSibling; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (sibling.LocalName != "noscript") return null;
            foreach (var inner in sibling.Children)
                if (inner.LocalName == "img") return FindOwn(inner);
        }
        return null;
    }

    /// <summary>
    /// An address that only holds a place until a script loads the image: empty, an inline data: image (a 1×1 GIF,
    /// a blurred preview; a real photo is never inlined in an article), a spacer or "loading" file, or not an address.
    /// </summary>
    public static bool IsPlaceholder(string? address)
    {
        if (string.IsNullOrWhiteSpace(address)) return true;
        var a = address.AsSpan().Trim();
        // A lazy-loading attribute may hold a script's settings ("{"default": …}") rather than an address.
        if (a[0] is '{' or '[' || a.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || a.StartsWith("about:", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return true;
        return DecorativeImages.IsSpacerFile(a);
    }
}
