using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

/// <summary>
/// Reads the authors from the visible page: elements whose class or id names a byline or an author, links with
/// rel=author, lines that start with a byline opener of the lexicon ("By", "Von", "Par", "Por", "Text:"…), and links
/// to an author's page ("/author/jane-doe") — the one nearest the headline, with any other byline right beside it (two
/// author elements joined by "and").
/// </summary>
internal static class Bylines
{
    // Bylines beside the first one (within this much text) name co-authors.
    private const int Beside = 150;
    private const int MaxBylineText = 200;

    // A line this short that opens with a byline opener is a byline in lower case too: a sentence runs longer.
    private const int ShortLine = 60;

    private static readonly Lexicon.LabelSet LineOpeners = Lexicon.LabelSet.Of(Lexicon.Section.BylineOpeners);

    public static MetadataFacts Read(PageScan scan, HeaderZone zone)
    {
        var facts = new MetadataFacts();
        var bylines = Hinted(zone);
        if (Nearest(scan, zone, bylines) is { } hinted) Fill(facts, scan, zone, hinted, bylines, "byline element");
        else if (Nearest(scan, zone, scan.RelAuthors) is { } rel) Fill(facts, scan, zone, rel, scan.RelAuthors, "link rel=author");
        else if (Nearest(scan, zone, ByLines(scan, zone)) is { } line) Fill(facts, scan, zone, line, [line], "\"By\" line");
        else if (Nearest(scan, zone, scan.AuthorPageLinks) is { } link) Fill(facts, scan, zone, link, scan.AuthorPageLinks, "link to an author's page");
        return facts;
    }

    private static List<int> Hinted(HeaderZone zone)
    {
        var found = new List<int>();
        foreach (var (element, hint) in zone.Hints(MaxBylineText))
            if ((hint & PageHint.Byline) != 0) found.Add(element);
        return found;
    }

    // The candidate nearest the headline that names someone; names are read nearest first, so few are read.
    private static int? Nearest(PageScan scan, HeaderZone zone, IEnumerable<int> candidates)
    {
        var near = new List<(int Distance, int Element)>();
        foreach (var c in candidates)
            if (zone.Distance(c) is { } d) near.Add((d, c));
        near.Sort();
        foreach (var (_, element) in near)
            if (NamesSomeone(scan, element)) return element;
        return null;
    }

    private static bool NamesSomeone(PageScan scan, int element)
    {
        var people = new List<string>();
        AuthorNames.Read(scan.SpacedTextOf(element, MaxBylineText), people, new List<string>());
        return people.Count > 0;
    }

    private static void Fill(MetadataFacts facts, PageScan scan, HeaderZone zone, int first, IEnumerable<int> all, string source)
    {
        // Read as one byline ("Reuters, " and "Washington" side by side), so a place beside an agency is no co-author.
        var text = new System.Text.StringBuilder(scan.SpacedTextOf(first, MaxBylineText));
        foreach (var other in all)
        {
            if (other == first || scan.Page.IsWithin(other, first) || scan.Page.IsWithin(first, other)) continue;
            if (zone.Distance(other) is null || Math.Abs(scan.TextBefore[other] - scan.TextBefore[first]) > Beside) continue;
            var more = scan.SpacedTextOf(other, MaxBylineText);
            if (more is null) continue;
            if (text.Length > 0 && text[^1] is not (',' or ';')) text.Append(',');
            text.Append(' ').Append(more);
        }
        var people = new List<string>();
        var organisations = new List<string>();
        AuthorNames.Read(text.ToString(), people, organisations);
        if (people.Count > 0) facts.Authors = new Found<IReadOnlyList<string>>(people, source + " near the headline");
        if (organisations.Count > 0) facts.Organisations = new Found<string>(organisations[0], source + " (an organisation)");
    }

    // Short elements whose first words are a byline opener, in the headline's zone.
    private static IEnumerable<int> ByLines(PageScan scan, HeaderZone zone)
    {
        var page = scan.Page;
        // Mostly under the headline, sometimes just over it ("Von Jane Doe | publiziert am …" above the <h1>).
        int start = Math.Max(page.Body, zone.Heading - 20);
        for (int i = start; i < page.Count && i < start + 400; i++)
        {
            if (page.OwnText[i] == 0 || page.Text[i] > 120) continue;
            int first = page.Tree[page.NodeOf(i)].FirstChild;
            if (first < 0 || page.Tree[first].Kind != NodeKind.Text) continue;
            // Capitalised, or a line of its own ("von Nicolas Schlippe"): "by the Russian ministry" inside a sentence is no byline.
            var data = page.Tree.TextOf(first).TrimStart();
            if (data.Length > 0 && (char.IsUpper(data[0]) || page.Text[i] <= ShortLine) && LineOpeners.Opens(data.ToString())) yield return i;
        }
    }
}
