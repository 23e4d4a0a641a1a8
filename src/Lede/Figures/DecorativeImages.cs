using System.Buffers;
using Lede.Html;
using Lede.Pages;

namespace Lede.Figures;

/// <summary>
/// Tells the images that are not pictures of the story: tracking pixels and spacers (by size or file name),
/// and icons, avatars and logos (by size, or by the words of their class and id). Kept as data, one group per kind.
/// </summary>
internal static class DecorativeImages
{
    /// <summary>Class and id words of images that decorate the page: icons, avatars, logos, emoji, sprites, loaders.</summary>
    private static readonly HashSet<string> DecorativeWords = new(StringComparer.Ordinal)
    {
        "icon", "icons", "avatar", "avatars", "logo", "logos", "emoji", "emoticon", "smiley", "wpsmiley", "gravatar", "sprite",
        "spinner", "loader", "favicon", "badge", "pixel", "tracking", "beacon", "spacer", "blank",
    };

    /// <summary>Class words of a box that holds an author's picture or a site's badge, not a picture of the story.</summary>
    private static readonly HashSet<string> DecorativeBoxWords = new(DecorativeWords.Concat(["author", "byline", "headshot", "profile", "bio"]), StringComparer.Ordinal);

    /// <summary>File names that hold a place or count a visit ("spacer.gif", "blank.png", "1x1.gif", "pixel.gif").</summary>
    private static readonly string[] SpacerNames =
    [
        "spacer", "blank.", "blank-", "pixel.", "1x1", "transparent.", "trans.gif", "clear.gif", "grey.gif", "gray.gif",
        "placeholder", "lazy-load", "lazyload", "loading.gif", "loader.gif", "spinner.",
    ];

    // Searched for all at once: an address may be a long data: URI, read once rather than once a name.
    private static readonly SearchValues<string> SpacerNameSearch = SearchValues.Create(SpacerNames, StringComparison.OrdinalIgnoreCase);

    /// <summary>Addresses of counters and of emoji or avatar services, which are never a story's pictures.</summary>
    private static readonly string[] ServiceAddresses =
    [
        "gravatar.com/", "doubleclick.net", "google-analytics.com", "scorecardresearch.com", "quantserve.com", "facebook.com/tr",
        "/wp-includes/images/smilies/", "s.w.org/images/core/emoji", "pixel.wp.com", "stats.wp.com", "feeds.feedburner.com/~r/",
    ];

    private static readonly SearchValues<string> ServiceAddressSearch = SearchValues.Create(ServiceAddresses, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Neither side past this many pixels, as the page gives them, is an icon or a button, not a picture. 64 px is a large
    /// toolbar icon; the smallest inline photos in the benchmark pages are about 100 px.
    /// </summary>
    internal const int MaxIconPixels = 64;

    /// <summary>
    /// A file named for a size no larger than this on both sides ("photo-115x115.jpg", WordPress's resized copies) is a
    /// thumbnail: an author's headshot or a teaser's picture. 150 px is WordPress's default thumbnail size.
    /// </summary>
    internal const int MaxThumbnailPixels = 150;

    /// <summary>
    /// Standard advertising sizes (the IAB's): an image of exactly one of these sizes, by its attributes or its file
    /// name, is an ad.
    /// </summary>
    private static readonly (int Width, int Height)[] AdSizes =
    [
        (728, 90), (468, 60), (300, 250), (300, 600), (160, 600), (120, 600), (320, 50), (320, 100), (970, 90), (970, 250),
        (336, 280), (250, 250), (234, 60), (120, 240), (180, 150), (300, 100), (300, 50),
    ];

    /// <summary>File-name words of advertisements and banners ("PonderosaHomes_Banner_Ad.jpg").</summary>
    private static readonly HashSet<string> AdFileWords = new(StringComparer.Ordinal) { "ad", "ads", "advert", "advertisement", "advertising", "banner", "sponsor", "sponsored" };

    /// <summary>
    /// An image whose shorter side is at most this and whose longer side is <see cref="MinStripRatio"/> times longer is a
    /// strip: a banner, a rule, a "Pin it" bar. Photos are rarely wider than 3:1.
    /// </summary>
    internal const int MaxStripSide = 100;

    internal const int MinStripRatio = 5;

    /// <summary>A side of this many pixels or fewer is a tracking pixel or a rule.</summary>
    internal const int MaxPixelSide = 2;

    /// <summary>Why the image is decoration rather than a picture of the story; null when it may be a picture.</summary>
    public static string? WhyDecorative(PageDocument page, int img, string src, int? width, int? height)
    {
        if (width <= MaxPixelSide || height <= MaxPixelSide) return "a tracking pixel or spacer";
        if ((width ?? int.MaxValue) <= MaxIconPixels && (height ?? int.MaxValue) <= MaxIconPixels) return "icon-sized";
        if (width is { } w && height is { } h)
        {
            if (Array.IndexOf(AdSizes, (w, h)) >= 0) return "an advertisement's size";
            if (Math.Min(w, h) <= MaxStripSide && Math.Max(w, h) >= MinStripRatio * Math.Min(w, h)) return "a strip or banner";
        }
        if (IsSpacerFile(src)) return "a spacer file";
        var sizeInName = FileNameSize(src);
        if (sizeInName is { } named && Array.IndexOf(AdSizes, named) >= 0) return "an advertisement's size, by its file name";
        if (FigureClasses.HasWord(FileName(src).ToString(), AdFileWords)) return "an advertisement, by its file name";
        if (src.AsSpan().ContainsAny(ServiceAddressSearch)) return "a counter, emoji or avatar service";
        if (sizeInName is { } size && size.Width <= MaxThumbnailPixels && size.Height <= MaxThumbnailPixels)
            return "a thumbnail, by its file name";
        if (FigureClasses.HasClassOrIdWord(page, img, DecorativeWords))
            return "class names an icon, avatar or logo";
        if (page.Parent[img] is >= 0 and var box && page.NameOf(box) is not (KnownNames.Figure or KnownNames.Picture)
            && FigureClasses.HasWord(page.AttributeSpan(box, "class", out _), DecorativeBoxWords))
            return "in an author's or a logo's box";
        return null;
    }

    /// <summary>
    /// An image the page sizes as a picture (at least <see cref="MinPictureSide"/> on a side): a figure even where it sits
    /// in a run of text between line breaks (<c>text&lt;br&gt;&lt;br&gt;&lt;img&gt;&lt;br&gt;more text</c>), never an inline icon.
    /// </summary>
    public static bool IsPictureSized(PageDocument page, int element)
    {
        int img = element, end = page.SubtreeEnd[element];
        while (img < end && page.NameOf(img) != KnownNames.Img) img++; // the element itself, else its first <img>
        if (img == end) return false;
        return ReadPixels(page.AttributeSpan(img, "width", out _)) >= MinPictureSide || ReadPixels(page.AttributeSpan(img, "height", out _)) >= MinPictureSide;
    }

    /// <summary>Inline icons and emoji are drawn at text size, under 100 px; 200 px is a picture.</summary>
    internal const int MinPictureSide = 200;

    /// <summary>True when the address's file name is a spacer or placeholder.</summary>
    public static bool IsSpacerFile(ReadOnlySpan<char> address)
    {
        int query = address.IndexOfAny('?', '#');
        if (query >= 0) address = address[..query];
        var name = address[(address.LastIndexOf('/') + 1)..];
        if (name.IsEmpty) return false;
        return name.ContainsAny(SpacerNameSearch);
    }

    /// <summary>Reads a width or height attribute: "720" or "720px"; null for "100%", "auto" or nothing.</summary>
    public static int? ReadPixels(ReadOnlySpan<char> value)
    {
        if (value.IsWhiteSpace()) return null;
        var v = value.Trim();
        if (v.EndsWith("px", StringComparison.OrdinalIgnoreCase)) v = v[..^2].TrimEnd();
        int dot = v.IndexOf('.');
        if (dot >= 0) v = v[..dot]; // "720.5": browsers round; the pixel count is what matters
        return int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : null;
    }

    // "name-115x115.jpg": the size WordPress and other systems write into the names of resized copies.
    private static (int Width, int Height)? FileNameSize(string address)
    {
        var name = FileName(address);
        int dot = name.LastIndexOf('.');
        int dash = name.LastIndexOfAny('-', '_');
        if (dot < 0 || dash < 0 || dash > dot) return null;
        var size = name[(dash + 1)..dot];
        int x = size.IndexOf('x');
        return x > 0 && int.TryParse(size[..x], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int w)
            && int.TryParse(size[(x + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int h)
            ? (w, h) : null;
    }

    private static ReadOnlySpan<char> FileName(string address)
    {
        var a = address.AsSpan();
        int query = a.IndexOfAny('?', '#');
        if (query >= 0) a = a[..query];
        return a[(a.LastIndexOf('/') + 1)..];
    }
}
