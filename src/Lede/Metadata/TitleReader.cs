using Lede.Pages;
using Lede.Lexicon;

namespace Lede.Metadata;

/// <summary>
/// Reads the headline: the page's &lt;h1&gt; when the &lt;title&gt;, og:title or the JSON-LD headline confirms it,
/// else the JSON-LD headline, og:title or &lt;title&gt; without its " | Site name" part.
/// </summary>
internal static class TitleReader
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    /// <summary>The headline, where it came from, and the element that shows it (-1 when none does).</summary>
    public static (Found<string>? Title, int Heading) Read(PageScan scan, string? headline)
    {
        var og = MetaText.Clean(scan.First("og:title") ?? scan.First("twitter:title"));
        var title = scan.Title;
        // Each declared title without its site part, worked out once.
        var ogHeadline = og is null ? null : StripSite(og);
        var titleHeadline = title is null ? null : StripSite(title);
        var siteNames = Comparables(MetaText.Clean(scan.First("og:site_name")), SitePart(title, titleHeadline), SitePart(og, ogHeadline));
        if (headline is not null) headline = WithoutSite(headline, siteNames);
        Found<string>? best = headline is not null ? new(headline, "JSON-LD headline")
            : ogHeadline is not null ? new(ogHeadline, "og:title without the site name")
            : titleHeadline is not null ? new(titleHeadline, "<title> without the site name") : null;
        // A declared title that is only the site's name or address ("carta.info", "Old Blog") names no article.
        if (best is { } declared && (siteNames.Contains(Comparable(declared.Value)) || IsAddress(declared.Value))) best = null;
        var sources = new List<Declared>(3);
        if (headline is not null) sources.Add(new Declared(Comparable(headline), Comparable(StripSite(headline)).Length, "JSON-LD headline"));
        if (og is not null) sources.Add(new Declared(Comparable(og), Comparable(ogHeadline!).Length, "og:title"));
        if (title is not null) sources.Add(new Declared(Comparable(title), Comparable(titleHeadline!).Length, "<title>"));

        // An <h1> that a declared title contains, and that is not the site's name (a logo in an <h1>).
        int shown = -1, h1s = 0;
        for (int n = 0; n < scan.Headings.Count && n < 5; n++)
        {
            int h1 = scan.Headings[n];
            var text = scan.TextOf(h1, 300);
            if (text is null) continue;
            var comparable = Comparable(text);
            if (siteNames.Contains(comparable)) continue;
            h1s++;
            shown = shown < 0 ? h1 : shown;
            if (ConfirmedBy(sources, comparable, 0) is { } by) return (new Found<string>(text, "<h1> confirmed by " + by), h1);
            if (best is null) return (new Found<string>(text, "<h1>"), h1);
        }
        // A page whose <h1> is its logo shows the headline in an <h2> or <h3>: one that a declared title holds nearly whole.
        foreach (int h in scan.Subheadings)
        {
            var text = scan.Page.Text[h] is >= 15 and <= 300 ? scan.TextOf(h, 300) : null;
            if (text is null) continue;
            if (ConfirmedBy(sources, Comparable(text), MinShare) is { } by) return (new Found<string>(text, $"<{scan.Page.Tag[h]}> confirmed by {by}"), h);
        }
        // One <h1> on the page that no title confirms is still what the reader sees as the headline ("SEO titles").
        if (h1s == 1 && scan.TextOf(shown, 300) is { } only && TextMeasure.CountWords(only) >= 3)
            return (new Found<string>(only, "the page's only <h1>"), shown);
        // No declared title and no <h1> of text (the <h1> is the logo): the first <h2> or <h3> that reads as a headline.
        if (best is null && h1s == 0)
            foreach (int h in scan.Subheadings)
                if (scan.TextOf(h, 300) is { } text && TextMeasure.CountWords(text) >= 3)
                    return (new Found<string>(text, $"the first <{scan.Page.Tag[h]}>, under a logo's <h1>"), h);
        // With no headline element to confirm it, the part of <title> that the page shows on its own is the headline
        // ("Society name - Autumn Newsletter" where the page shows "Autumn Newsletter" in bold).
        if (best is not null && title is not null && best.Value.Value == titleHeadline && scan.Headings.Count == 0
            && ShownPart(scan.Page, title) is { } part)
            best = new Found<string>(part, "the part of <title> shown on the page");
        return (best, Showing(scan, best?.Value));
    }

    // The element that shows the headline: an <h1>, <h2> or <h3> with its text, else the first <h1> with any text.
    private static int Showing(PageScan scan, string? headline)
    {
        int firstWithText = -1;
        foreach (var list in (List<int>[])[scan.Headings, scan.Subheadings])
            foreach (int h in list)
            {
                if (scan.Page.Text[h] == 0) continue;
                if (list == scan.Headings && firstWithText < 0) firstWithText = h;
                if (headline is not null && Math.Abs(scan.Page.Text[h] - headline.Length) <= 2
                    && string.Equals(scan.TextOf(h, 400), headline, StringComparison.OrdinalIgnoreCase)) return h;
            }
        // The headline in some other element (<dt class="newsTitle">): the first one in the body with exactly its text.
        if (headline is not null)
            for (int i = scan.Page.Body; i < scan.Page.Count; i++)
                if (Math.Abs(scan.Page.Text[i] - headline.Length) <= 2 && scan.Page.OwnText[i] > 0
                    && string.Equals(scan.TextOf(i, 400), headline, StringComparison.OrdinalIgnoreCase)) return i;
        return firstWithText;
    }

    // "carta.info", "www.example.com": one word with a dot before two to six letters at its end.
    private static bool IsAddress(string text)
    {
        var t = text.Trim();
        int dot = t.LastIndexOf('.');
        return dot > 0 && !t.Contains(' ') && t.Length - dot - 1 is >= 2 and <= 6 && t[(dot + 1)..].All(char.IsAsciiLetter);
    }

    // A heading below the <h1> must carry most of the title to confirm it ("Related stories" is in no title).
    private const double MinShare = 0.6;

    // A title the page declares, made comparable, with the length of its headline part.
    private readonly record struct Declared(string Text, int HeadlineLength, string Name);

    private static string? ConfirmedBy(List<Declared> sources, string heading, double minShare)
    {
        foreach (var source in sources)
            if (heading.Length >= minShare * source.HeadlineLength && source.Text.Contains(heading, StringComparison.Ordinal)) return source.Name;
        return null;
    }

    // The names given, made comparable, in order; none for a null.
    private static string[] Comparables(params ReadOnlySpan<string?> names)
    {
        var comparable = new List<string>(names.Length);
        foreach (var name in names)
            if (name is not null) comparable.Add(Comparable(name));
        return [.. comparable];
    }

    /// <summary>Text as compared between a heading and a declared title: case, quotes, dashes, ellipses and spaces made alike.</summary>
    internal static string Comparable(string text)
    {
        // Written into a buffer (no character becomes more than three), then made a string once.
        char[]? rented = null;
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length * 3] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length * 3));
        int n = 0;
        foreach (char c in text)
        {
            switch (c)
            {
                case '‘' or '’' or '‛' or '′' or '`': buffer[n++] = '\''; break;
                case '“' or '”' or '„' or '″': buffer[n++] = '"'; break;
                case '–' or '—' or '‐' or '‑': buffer[n++] = '-'; break;
                case '…': buffer[n++] = '.'; buffer[n++] = '.'; buffer[n++] = '.'; break;
                default:
                    if (TextMeasure.IsSpace(c)) { if (n > 0 && buffer[n - 1] != ' ') buffer[n++] = ' '; }
                    else buffer[n++] = char.ToLowerInvariant(c);
                    break;
            }
        }
        var comparable = buffer[..n].Trim().ToString();
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return comparable;
    }

    // "Headline — Site" in JSON-LD: only a suffix that is the site's own name is dropped.
    private static string WithoutSite(string headline, string[] siteNames)
    {
        foreach (var separator in Separators)
        {
            int at = headline.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && siteNames.Contains(Comparable(headline[(at + separator.Length)..]))) return headline[..at].Trim();
        }
        return headline;
    }

    private static string? ShownPart(PageDocument page, string title)
    {
        foreach (var separator in Separators)
        {
            int at = title.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            string[] parts = [title[..at].Trim(), title[(at + separator.Length)..].Trim()];
            for (int i = page.Body; i < page.Count; i++)
            {
                int length = page.Text[i];
                if (length == 0 || length > 200) continue;
                foreach (var part in parts)
                    if (length >= part.Length && length <= part.Length + 2 && MetaText.Clean(page.TextContent(i)) == part) return part;
            }
        }
        return null;
    }

    /// <summary>"Headline | Site" → "Headline": drops the shorter end part after a separator.</summary>
    internal static string StripSite(string title)
    {
        foreach (var separator in Separators)
        {
            int at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var head = title[..at].Trim();
                var tail = title[(at + separator.Length)..].Trim();
                if (tail.Length < head.Length && TextMeasure.CountWords(tail) <= 5) return StripSite(head);
            }
            // A site name in front ("Site | Headline") only with separators that never join a headline's own parts.
            int first = separator is " | " or " :: " or " » " ? title.IndexOf(separator, StringComparison.Ordinal) : -1;
            if (first > 0)
            {
                var head = title[..first].Trim();
                var tail = title[(first + separator.Length)..].Trim();
                if (head.Length < tail.Length && TextMeasure.CountWords(head) <= 3 && TextMeasure.CountWords(tail) >= 4) return tail;
            }
        }
        return title;
    }

    /// <summary>The site's name as &lt;title&gt; gives it: the short part after (or before) the separator.</summary>
    internal static string? SitePart(string? title) => title is null ? null : SitePart(title, StripSite(title));

    // The same, given the title's headline part (StripSite).
    private static string? SitePart(string? title, string? headline)
    {
        if (title is null || headline is null) return null;
        if (headline.Length == title.Length) return null;
        int at = title.IndexOf(headline, StringComparison.Ordinal);
        var rest = at == 0 ? title[headline.Length..] : title[..Math.Max(0, at)];
        var site = rest.Trim().Trim('|', '-', '–', '—', ':', '»', '·', '/').Trim();
        // "Headline | Section | Site": the last part is the site.
        foreach (var separator in Separators)
        {
            int last = site.LastIndexOf(separator, StringComparison.Ordinal);
            if (last >= 0) site = site[(last + separator.Length)..].Trim();
        }
        return site.Length is > 0 and <= 60 ? site : null;
    }
}
