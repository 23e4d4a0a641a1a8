using AngleSharp.Dom;

namespace Lede.Content;

/// <summary>
/// Reads the headline before anything is pruned: the page's &lt;h1&gt; when the &lt;title&gt; or og:title
/// confirms it, else og:title or &lt;title&gt; without its " | Site name" part.
/// </summary>
internal static class ReadTitle
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / "];

    public static void Run(ExtractionContext context)
    {
        var document = context.Page.Document;
        var og = Meta(document, "og:title") ?? Meta(document, "twitter:title");
        var title = Clean(document.Title);
        var best = og is not null ? StripSite(og) : title is not null ? StripSite(title) : null;

        foreach (var h1 in document.GetElementsByTagName("h1").Take(5))
        {
            var text = Clean(h1.TextContent);
            if (text is null || text.Length > 300) continue;
            if ((og is not null && og.Contains(text, StringComparison.OrdinalIgnoreCase))
                || (title is not null && title.Contains(text, StringComparison.OrdinalIgnoreCase))
                || best is null)
            {
                best = text;
                break;
            }
        }
        // With no headline element to confirm it, the part of <title> that the page shows on its own is the headline
        // ("Society name - Autumn Newsletter" where the page shows "Autumn Newsletter" in bold).
        if (best is not null && title is not null && best == StripSite(title) && !HasH1(document))
            best = ShownPart(context.Page, title) ?? best;
        context.Title = best;
    }

    private static bool HasH1(IDocument document) => document.GetElementsByTagName("h1").Length > 0;

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
                    if (length >= part.Length && length <= part.Length + 2 && Clean(page.Elements[i].TextContent) == part) return part;
            }
        }
        return null;
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.GetElementsByTagName("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return Clean(meta.GetAttribute("content"));
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
                if (tail.Length < head.Length && CountWords(tail) <= 5) return StripSite(head);
            }
            // A site name in front ("Site | Headline") only with separators that never join a headline's own parts.
            int first = separator is " | " or " :: " or " » " ? title.IndexOf(separator, StringComparison.Ordinal) : -1;
            if (first > 0)
            {
                var head = title[..first].Trim();
                var tail = title[(first + separator.Length)..].Trim();
                if (head.Length < tail.Length && CountWords(head) <= 3 && CountWords(tail) >= 4) return tail;
            }
        }
        return title;
    }

    private static int CountWords(string s) => TextMeasure.CountWords(s);

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sb = new System.Text.StringBuilder(text.Length);
        TextMeasure.AppendCollapsed(sb, text);
        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
