namespace Lede.Metadata;

/// <summary>
/// "Near the headline": how far, in page text, an element stands from the headline. Bylines, datelines and
/// standfirsts sit just under (or just over) it; the same kinds of element further away belong to teasers,
/// comments or author bios.
/// </summary>
internal readonly struct HeaderZone(PageScan scan, int heading)
{
    // How much text may stand between the headline and what belongs to it: the kicker and breadcrumbs before it,
    // the standfirst, a lead image's caption and a share bar after it.
    private const int Before = 600;
    private const int After = 2500;

    public int Heading => heading;

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
