using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

/// <summary>
/// Reads the publication date from the visible page: a &lt;time&gt; element (its datetime, else its text), an
/// element whose class names a date, or a short dateline — the one nearest the headline. Relative dates
/// ("2 hours ago") are not read, and a footer's copyright year is never a date (a date needs a day).
/// </summary>
internal static class VisibleDates
{
    private const int MaxDatelineText = 120;

    // How many elements after the headline to look at for a dateline without a class that names it.
    private const int DatelineReach = 60;
    private const int DatelineReachBefore = 20;

    public static Found<ArticleDate>? Read(PageScan scan, HeaderZone zone, DateOrder order)
    {
        var page = scan.Page;
        Found<ArticleDate>? best = null;
        int bestDistance = int.MaxValue;
        foreach (int time in scan.Times)
        {
            if (zone.Distance(time) is not { } d || d >= bestDistance) continue;
            var shown = scan.SpacedTextOf(time, MaxDatelineText);
            if (IsUpdate(scan, time, shown)) continue;
            // What the reader sees first: a datetime attribute is often in UTC, a day off the shown date late in the evening.
            var exact = DateText.Parse(page.Attribute(time, KnownNames.Datetime), order);
            var date = DateText.Parse(shown, order) ?? (exact is null ? null : DateText.ParseShownDay(shown, exact.Date) ?? exact);
            if (date is null) continue;
            best = new Found<ArticleDate>(date, "<time> near the headline");
            bestDistance = d;
        }
        if (best is not null) return best;

        foreach (var (element, hint) in zone.Hints(MaxDatelineText))
        {
            if ((hint & PageHint.Date) == 0) continue;
            if (zone.Distance(element) is not { } d || d >= bestDistance) continue;
            // The shown text, else <abbr class="published" title="2019-11-18 17:19:53">, <span class="date" content="…">.
            var exact = page.Attribute(element, KnownNames.Datetime) ?? page.Attribute(element, KnownNames.Content) ?? scan.AnyAttribute(element, KnownNames.Title);
            // A dateline laid out in boxes ("November 20" over "15:23 2019") reads as one line.
            var shown = scan.SpacedTextOf(element, MaxDatelineText)?.Replace('\n', ' ');
            if (IsUpdate(scan, element, shown)) continue;
            if ((DateText.Parse(shown, order) ?? DateText.Parse(exact, order)) is not { } date) continue;
            best = new Found<ArticleDate>(date, "dateline element near the headline");
            bestDistance = d;
        }
        if (best is not null || zone.Heading < 0) return best;

        // A dateline without a class: a short line next to the headline (mostly under it, sometimes over it,
        // "Von Jane Doe | publiziert am 25. September 2018") that reads as a date; the nearest wins.
        for (int i = Math.Max(page.Body, zone.Heading - DatelineReachBefore); i < page.Count && i <= zone.Heading + DatelineReach; i++)
        {
            if (i == zone.Heading || page.OwnText[i] == 0 || page.Text[i] > MaxDatelineText) continue;
            if (zone.Distance(i) is not { } d || d >= bestDistance) continue;
            var shown = scan.SpacedTextOf(i, MaxDatelineText);
            if (UpdateLabels.OpensWithUpdate(shown) || DateText.Parse(shown, order) is not { } date) continue;
            best = new Found<ArticleDate>(date, i < zone.Heading ? "dateline over the headline" : "dateline under the headline");
            bestDistance = d;
        }
        return best;
    }

    // "Updated Nov 19", <span class="date-modified">, or "Updated:" just before the <time> in its short parent line.
    private static bool IsUpdate(PageScan scan, int element, string? shown)
    {
        if (UpdateLabels.OpensWithUpdate(shown) || UpdateLabels.NamedAsUpdate(scan, element)) return true;
        int parent = scan.Page.Parent[element];
        return parent >= 0 && scan.Page.Text[parent] <= MaxDatelineText && UpdateLabels.OpensWithUpdate(scan.SpacedTextOf(parent, MaxDatelineText));
    }
}
