using Lede.Pages;
namespace Lede.Metadata;

/// <summary>
/// "Near the headline": how far, in page text, an element stands from the headline. Bylines, datelines and
/// standfirsts sit just under (or just over) it; the same kinds of element further away belong to teasers,
/// comments or author bios.
/// </summary>
internal sealed class HeaderZone(PageScan scan, int heading)
{
    // How much text may stand between the headline and what belongs to it: the kicker and breadcrumbs before it,
    // the standfirst, a lead image's caption and a share bar after it.
    private const int Before = 600;
    private const int After = 2500;

    public int Heading => heading;

    /// <summary>
    /// The elements in the zone with at most <paramref name="maxText"/> characters of text whose class or id names a
    /// byline, a date or a standfirst, in page order. Each reader asks for the sizes it can use: only those elements'
    /// class and id are read.
    /// </summary>
    public List<(int Element, PageHint Hint)> Hints(int maxText)
        => heading < 0 ? scan.HintsBetween(0, int.MaxValue, maxText)
            : scan.HintsBetween(scan.TextBefore[heading] - Before, scan.TextBefore[heading] + After, maxText);

    /// <summary>
    /// The hinted elements of the zone (see <see cref="Hints"/>) that stand under the headline, at most
    /// <paramref name="reach"/> (no more than the zone's) characters of text after it. Only with a headline.
    /// </summary>
    public List<(int Element, PageHint Hint)> HintsUnder(int reach)
    {
        int at = scan.TextBefore[heading];
        var under = new List<(int Element, PageHint Hint)>();
        foreach (var (element, hint) in scan.HintsBetween(at, at + Math.Min(reach, After), PageScan.MaxHintText))
            if (element > heading) under.Add((element, hint));
        return under;
    }

    /// <summary>Distance from the headline, text before it counting double; null when outside the zone or in an aside.</summary>
    public int? Distance(int element)
    {
        int distance;
        if (heading < 0) distance = scan.TextBefore[element]; // no headline: the earlier the better
        else
        {
            int d = scan.TextBefore[element] - scan.TextBefore[heading];
            if (d < -Before || d > After || scan.Page.IsWithin(element, heading)) return null;
            distance = d >= 0 ? d : -2 * d;
        }
        // The ancestor walk last: it is the dearest test.
        return scan.InAside(element) ? null : distance;
    }
}
