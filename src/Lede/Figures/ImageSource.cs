using Lede.Html;
using Lede.Pages;

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
    public static string? Find(PageDocument page, int img) => FindOwn(page, img) ?? FindInNoscript(page, img);

    private static string? FindOwn(PageDocument page, int img)
    {
        var candidates = new List<SrcsetCandidate>();
        foreach (var name in SrcsetAttributes) Srcset.Parse(page.AttributeSpan(img, name, out _), candidates);
        if (PictureOf(page, img) is var picture and >= 0)
        {
            foreach (int source in page.ChildrenOf(picture))
            {
                if (page.NameOf(source) != KnownNames.Source) continue;
                foreach (var name in SrcsetAttributes) Srcset.Parse(page.AttributeSpan(source, name, out _), candidates);
            }
        }
        candidates.RemoveAll(c => IsPlaceholder(c.Url));

        var largest = Srcset.Largest(candidates);
        // A srcset that offers more than the plain address (a width, or a density past 1x) is the better source.
        if (largest is { } best && (best.Width > 0 || best.Density > 1)) return best.Url;
        // An attribute the image lacks reads as empty, which is a placeholder.
        foreach (var name in LazyAttributes)
        {
            var lazy = page.AttributeSpan(img, name, out _);
            if (!IsPlaceholder(lazy)) return lazy.Trim().ToString();
        }
        var src = page.AttributeSpan(img, "src", out _);
        if (!IsPlaceholder(src)) return src.Trim().ToString();
        return largest?.Url;
    }

    // <img src="data:…" data-lazy="…"><noscript><img src="real.jpg"></noscript>: the parser reads noscript as markup.
    private static string? FindInNoscript(PageDocument page, int img)
    {
        int box = PictureOf(page, img) is var picture and >= 0 ? picture : img;
        for (int sibling = page.NextElementSibling(box); sibling >= 0; sibling = page.NextElementSibling(sibling))
        {
            if (page.NameOf(sibling) != KnownNames.Noscript) return null;
            foreach (int inner in page.ChildrenOf(sibling))
                if (page.NameOf(inner) == KnownNames.Img) return FindOwn(page, inner);
        }
        return null;
    }

    // The <picture> the image sits in, or -1.
    private static int PictureOf(PageDocument page, int img)
        => page.Parent[img] is var parent and >= 0 && page.NameOf(parent) == KnownNames.Picture ? parent : -1;

    /// <summary>
    /// An address that only holds a place until a script loads the image: empty, an inline data: image (a 1×1 GIF,
    /// a blurred preview; a real photo is never inlined in an article), a spacer or "loading" file, or not an address.
    /// </summary>
    public static bool IsPlaceholder(ReadOnlySpan<char> address)
    {
        if (address.IsWhiteSpace()) return true;
        var a = address.Trim();
        // A lazy-loading attribute may hold a script's settings ("{"default": …}") rather than an address.
        if (a[0] is '{' or '[' || a.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || a.StartsWith("about:", StringComparison.OrdinalIgnoreCase)
            || a.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return true;
        return DecorativeImages.IsSpacerFile(a);
    }
}
