namespace Lede.Content;

/// <summary>What the shape of a page's address says of the page: a home page, a listing, a story, or nothing.</summary>
internal enum UrlHint { None, Home, Listing, Story }

/// <summary>
/// Reads <see cref="UrlHint"/> from a URL's path, by shapes common to sites of every language, never a site's name:
/// an empty path is a home page; a path through a taxonomy word ("/tag/", "/category/") or a page number is a listing;
/// a slug of several words, a long number or a date is a story.
/// </summary>
internal static class UrlShape
{
    // The path words of the listings content systems make (WordPress, Drupal, Ghost and the like name them in English
    // whatever the site's language).
    private static readonly HashSet<string> ListingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "category", "categories", "topic", "topics", "section", "sections", "archive", "archives", "search",
        "author", "authors", "page", "index",
    };

    /// <summary>A slug of at least this many words ("alec-baldwin-opens-up") names one story.</summary>
    private const int MinSlugWords = 3;

    /// <summary>A run of at least this many digits in the last segment is a story's id ("/article/123456").</summary>
    private const int MinIdDigits = 5;

    public static UrlHint Read(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return UrlHint.None;
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || (segments.Length == 1 && (IsIndexFile(segments[0]) || IsLanguage(segments[0])))) return UrlHint.Home;
        var last = segments[^1];
        if (IsStory(last) || Metadata.UrlDates.Read(url) is not null) return UrlHint.Story;
        foreach (var segment in segments)
            if (ListingWords.Contains(segment)) return UrlHint.Listing;
        return UrlHint.None;
    }

    private static bool IsStory(string segment)
    {
        int words = 1, digits = 0, run = 0;
        foreach (char c in segment)
        {
            if (c is '-' or '_') words++;
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            digits = Math.Max(digits, run);
        }
        return words >= MinSlugWords || digits >= MinIdDigits;
    }

    private static bool IsIndexFile(string segment) => segment.StartsWith("index.", StringComparison.OrdinalIgnoreCase);

    // "/en", "/pt-br": a site's home page in one language.
    private static bool IsLanguage(string segment)
        => segment.Length is 2 or 5 && char.IsAsciiLetter(segment[0]) && char.IsAsciiLetter(segment[1]) && (segment.Length == 2 || segment[2] is '-' or '_');
}
