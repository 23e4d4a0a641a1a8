using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;

namespace Lede.Metadata;

/// <summary>
/// The last source of the publication date, asked only when the structured data, the meta tags, the microdata, the
/// dateline by the headline and the URL say nothing: every date the page shows outside its asides (navigation,
/// footers, comments, related stories) is a candidate, and the best attested one wins. A date alone on its line, one
/// a publication label introduces ("Veröffentlicht am …", "Publié le …"), one in a &lt;time&gt; or an element whose
/// class names a date, counts for more; one an update label introduces, for less; a day the page repeats adds up. Of
/// equals, the first in the page wins — on a page listing dated entries, the newest stands first. htmldate's
/// "extensive search" works the same way: collect what the page shows, then choose.
/// </summary>
internal static class PageDates
{
    /// <summary>A line of this many characters or fewer is read whole; of a longer text, only its opening (a date heading a paragraph).</summary>
    private const int MaxLine = 200;

    /// <summary>
    /// The opening of a longer text read for a date: one heading a paragraph ("(18.01.2018) Deutschlands Landwirte …") or
    /// a post's closing line ("Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:12 Uhr veröffentlicht und unter …").
    /// </summary>
    private const int Opening = 100;

    /// <summary>A box of a post's metadata (its date, author and tags) holds at most this much text.</summary>
    private const int MetadataBoxChars = 400;

    /// <summary>A date alone on a line, give or take a label: "06.05.2018", "Posted on 3 May 2016".</summary>
    private const int DatelineChars = 40;

    /// <summary>No page of the web is older: an earlier "date" is a reference, a record, or a misread number.</summary>
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    private static readonly HashSet<string> PublicationLabels = WordLists.Set(Section.DateLabels);

    public static Found<ArticleDate>? Read(PageScan scan, DateOrder order, CaptureCeiling captured)
    {
        var page = scan.Page;
        var scores = new Dictionary<DateOnly, (double Score, int First, ArticleDate Date)>();
        var times = new HashSet<int>(scan.Times);
        for (int i = page.Body; i < page.Count; i++)
        {
            bool time = times.Contains(i);
            if (page.OwnText[i] == 0 && !time) continue;
            var text = page.Text[i] <= MaxLine ? scan.SpacedTextOf(i, MaxLine) : Prefix(scan.OwnTextOf(i));
            if (string.IsNullOrEmpty(text) || CopyrightNotice.Is(text)) continue;
            var date = DateText.Parse(text, order);
            if (time && date is null) date = DateText.Parse(page.Attribute(i, KnownNames.Datetime), order);
            if (date is null || date.Date < Earliest || captured.Keep(new Found<ArticleDate>(date, "")) is null) continue;
            if (OutsideTheStory(scan, i)) continue; // the dearest test last
            double weight = Weigh(scan, i, text, time);
            var key = date.Date;
            scores[key] = scores.TryGetValue(key, out var seen) ? (seen.Score + weight, seen.First, seen.Date) : (weight, i, date);
            // An element's text holds its children's: skip them, the date is counted once.
            if (page.Text[i] <= MaxLine) i = page.SubtreeEnd[i] - 1;
        }
        if (scores.Count == 0) return null;
        // The best attested; of equals, the first in the page.
        (double Score, int First, ArticleDate Date)? top = null;
        foreach (var score in scores.Values)
            if (top is not { } t || score.Score > t.Score || (score.Score == t.Score && score.First < t.First)) top = score;
        var best = top!.Value;
        return new Found<ArticleDate>(new ArticleDate(best.Date.Date), "a date the page shows, the best attested of the page's");
    }

    private static double Weigh(PageScan scan, int element, string text, bool time)
    {
        double weight = 1;
        if (text.Length <= DatelineChars) weight += 2;
        if (time || (scan.HintAt(element) & PageHint.Date) != 0) weight += 1;
        if (UpdateLabels.OpensWithUpdate(text)) return weight / 2;
        if (OpensWithPublicationLabel(text)) weight += 2;
        return weight;
    }

    // In the page's navigation, footer, sidebars, comments or related stories (PageScan.InAside) — but the footer and
    // aside of an <article> are that article's own: "Dieser Beitrag wurde am 3. Dezember 2011 veröffentlicht" stands in
    // a blog post's <footer>, "Datum 12.01.2017" in its <aside>.
    private static bool OutsideTheStory(PageScan scan, int element)
    {
        var page = scan.Page;
        int bodyText = page.Text[page.Body];
        for (int i = element; i > page.Body; i = page.Parent[i])
        {
            int name = page.NameOf(i);
            if (name is KnownNames.Article) return false;
            if (name is KnownNames.Footer or KnownNames.Aside && !WithinArticle(page, i) || name is KnownNames.Nav) return true;
            // A class that names an aside ("post-footer", "entry-meta sidebar") on a short box inside an article is the
            // article's own metadata; on anything larger, a part around the story.
            if ((scan.HintAt(i) & PageHint.Aside) != 0 && page.Text[i] * 2 < bodyText && name is not (KnownNames.Main or KnownNames.Footer or KnownNames.Aside)
                && !(page.Text[i] <= MetadataBoxChars && (WithinArticle(page, i) || NamesThePost(page, i)))) return true;
        }
        return false;
    }

    // "post-footer", "entry-meta", "article-footer": a class that names the post itself, on pages without <article>.
    private static bool NamesThePost(PageDocument page, int element)
    {
        var value = page.AttributeSpan(element, KnownNames.Class, out _);
        if (value.IsEmpty) return false;
        foreach (var range in value.SplitAny(" -_"))
            if (value[range] is var token && (token.Equals("post", StringComparison.OrdinalIgnoreCase)
                || token.Equals("entry", StringComparison.OrdinalIgnoreCase) || token.Equals("article", StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }

    private static bool WithinArticle(PageDocument page, int element)
    {
        for (int i = page.Parent[element]; i > page.Body; i = page.Parent[i])
            if (page.NameOf(i) == KnownNames.Article) return true;
        return false;
    }

    // "Published 12 April", "Veröffentlicht am", "Publié le": the first words name a publication.
    private static bool OpensWithPublicationLabel(string text)
    {
        var lookup = PublicationLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range).Trim(":,.");
            if (word.IsEmpty) continue;
            if (lookup.Contains(word)) return true;
            if (++words == 3) break;
        }
        return false;
    }

    private static string? Prefix(string? text) => text is null ? null : text.Length <= Opening ? text : text[..Opening];
}
