using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

/// <summary>
/// Finds the standfirst (dek, subheadline) shown under the headline: an element whose class or itemprop names one
/// ("standfirst", "dek", "subtitle", "article-summary", itemprop=alternativeHeadline), or the page's description
/// when the page shows it, on its own, just under the headline. A paragraph of the body is not a standfirst.
/// </summary>
internal static class Standfirst
{
    private const int MinLength = 25;
    private const int MaxLength = 500;

    // A standfirst follows the headline closely: only the byline, the date or a lead image come between.
    private const int MaxDistance = 1200;

    public static Found<string>? Read(PageScan scan, HeaderZone zone, string? title, string? description)
    {
        if (zone.Heading < 0) return null;
        Found<string>? best = null;
        int bestDistance = int.MaxValue;
        var hints = zone.HintsUnder(MaxDistance);
        foreach (var (element, hint) in hints)
            if ((hint & PageHint.Standfirst) != 0) Consider(element, "standfirst element under the headline");
        foreach (var (element, _) in hints)
            if (scan.Page.Attribute(element, KnownNames.Itemprop) is { } property
                && (property.Contains("alternativeHeadline", StringComparison.OrdinalIgnoreCase) || property.Contains("description", StringComparison.OrdinalIgnoreCase)))
                Consider(element, "itemprop=" + property);
        if (best is not null || description is null) return best;
        return ShownDescription(scan, zone, title, description);

        void Consider(int element, string source)
        {
            if (!After(scan, zone, element, out int d) || d >= bestDistance) return;
            var text = scan.TextOf(element, MaxLength);
            if (text is null || text.Length < MinLength || text == title || IsBodyParagraph(scan, element, hinted: true)) return;
            best = new Found<string>(text, source);
            bestDistance = d;
        }
    }

    private static bool After(PageScan scan, HeaderZone zone, int element, out int distance)
    {
        distance = 0;
        if (element <= zone.Heading || zone.Distance(element) is not { } d || d > MaxDistance) return false;
        distance = d;
        return true;
    }

    // The description, when an element just under the headline shows exactly it.
    private static Found<string>? ShownDescription(PageScan scan, HeaderZone zone, string? title, string description)
    {
        var page = scan.Page;
        int length = description.Length;
        if (length < MinLength || length > MaxLength || description == title) return null;
        for (int i = zone.Heading + 1; i < page.Count; i++)
        {
            if (scan.TextBefore[i] - scan.TextBefore[zone.Heading] > MaxDistance) break;
            if (Math.Abs(page.Text[i] - length) > 3 || !After(scan, zone, i, out _)) continue;
            if (scan.TextOf(i, MaxLength) == description && !IsBodyParagraph(scan, i, hinted: false)) return new Found<string>(description, "the description, shown under the headline");
        }
        return null;
    }

    // A paragraph among many in one container is the body's; a standfirst stands in a header or a box of its own.
    // Without a class that names it, a paragraph followed by another is the body's first.
    private static bool IsBodyParagraph(PageScan scan, int element, bool hinted)
    {
        var page = scan.Page;
        int parent = page.Parent[element];
        if (parent >= 0 && page.Text[parent] > 3 * page.Text[element] + 200) return true;
        if (hinted) return false;
        int next = page.SubtreeEnd[element];
        return next < page.Count && page.Parent[next] == parent && page.NameOf(next) == KnownNames.P && page.Text[next] >= MinLength;
    }
}
