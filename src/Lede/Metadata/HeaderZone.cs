namespace Lede.Metadata;

/// <summary>
/// "Near the headline": how far, in page text, an element stands from the headline. Bylines, datelines and
/// standfirsts sit just under (or just over) it; the same kinds of element further away belong to teasers,
/// comments or author bios.
/// </summary>
internal sealed class HeaderZone(PageScan scan, int heading)
{
    private List<(int Element, PageHint Hint)>? _hints;

    // How much text may stand between the headline and what belongs to it: the kicker and breadcrumbs before it,
    // the standfirst, a lead image's caption and a share bar after it.
    private const int Before = 600;
    private const int After = 2500;

    public int Heading => heading;

    /// <summary>The elements in the zone whose class or id names a byline, a date or a standfirst (read once).</summary>
    public List<(int Element, PageHint Hint)> Hints
        => _hints ??= heading < 0 ? scan.HintsBetween(0, int.MaxValue)
            : scan.HintsBetween(scan.TextBefore[heading] - Before, scan.TextBefore[heading] + After);

    /// <summary>Distance from the headline, text before it counting double; null when outside the zone or in an aside.</summary>
    public int? Distance(int element)
    {
        if (scan.InAside(element)) return null;
        if (heading < 0) return scan.TextBefore[element]; // no headline: the earlier the better
        int d = scan.TextBefore[element] - scan.TextBefore[heading];
        if (scan.Page.IsWithin(element, heading)) return null;
        if (d < -Before || d > After) return null;
        return d >= 0 ? d : -2 * d;
    }
}
