namespace Lede.Cli.Eval;

/// <summary>
/// Scores the quotation stage on PolNeAR: quotation detection against the gold quoted spans, and attribution of the
/// quotations found.
/// </summary>
/// <remarks>
/// <para><b>Detection.</b> Lede's top-level quotations are matched one to one with the gold quotations (see
/// <see cref="PolnearGold"/>): a pair matches when the spans share at least half of the longer one; pairs are taken
/// greedily, largest overlap first. Precision is matched / found, recall matched / gold. A quotation its attribution
/// interrupts ("“A,” she said. “B.”") counts as its parts, as the gold reads it.</para>
/// <para><b>Attribution.</b> Over the matched pairs whose gold attribution has a source, a pair is right when
/// (a) Lede's speaker mention overlaps a fragment of the gold source span, or (b) the gold source is another mention of
/// the same person by Lede's own coreference: among the mentions Lede resolved, the one overlapping the gold source
/// span most resolves to the same name as Lede's speaker. (b) is what lets a gold "he" count for Lede's "Trump" when
/// Lede resolved that "he" to Trump; a gold "he" Lede resolved to someone else, or did not resolve, counts wrong.
/// A pair whose Lede quotation has no speaker counts wrong.</para>
/// </remarks>
internal static class PolnearScorer
{
    /// <summary>The totals for a set of articles.</summary>
    internal sealed record Totals(int Found, int Gold, int Matched, int WithSource, int Attributed)
    {
        public double Precision => Found == 0 ? 0 : (double)Matched / Found;

        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public double Attribution => WithSource == 0 ? 0 : (double)Attributed / WithSource;

        public static Totals operator +(Totals a, Totals b) =>
            new(a.Found + b.Found, a.Gold + b.Gold, a.Matched + b.Matched, a.WithSource + b.WithSource, a.Attributed + b.Attributed);

        public static Totals Zero { get; } = new(0, 0, 0, 0, 0);
    }

    /// <summary>The quotations as scored: each part of an interrupted quotation on its own ("“A,” she said. “B.”" is two, as the gold has it).</summary>
    public static List<Quotation> Pieces(ScoredQuotes analysis) =>
        analysis.Quotations.SelectMany(q => q.Parts.Count <= 1 ? [q] : q.Parts.Select(p => q with { Span = p, Parts = [p] })).ToList();

    public static Totals Score(PolnearArticle article, ScoredQuotes analysis)
    {
        var found = Pieces(analysis);
        var pairs = Match(article.Quotes.Select(g => g.Span).ToList(), found.Select(q => q.Span).ToList());
        int withSource = 0, attributed = 0;
        foreach (var (g, f) in pairs)
        {
            var gold = article.Quotes[g];
            if (gold.Source.Count == 0) continue;
            withSource++;
            if (IsAttributedRight(gold, found[f], analysis)) attributed++;
        }
        return new Totals(found.Count, article.Quotes.Count, pairs.Count, withSource, attributed);
    }

    internal static bool IsAttributedRight(GoldQuote gold, Quotation quotation, ScoredQuotes analysis)
    {
        var speaker = quotation.Speaker;
        if (speaker is null) return false;
        foreach (var source in gold.Source)
        {
            if (source.Overlap(speaker.Span) > 0) return true;
        }
        if (speaker.Name is null) return false;
        foreach (var source in gold.Source)
        {
            if (analysis.PersonAt(source) == speaker.Name) return true;
        }
        return false;
    }

    /// <summary>One-to-one matches (gold index, found index): overlap at least half the longer span, largest overlap first.</summary>
    internal static List<(int Gold, int Found)> Match(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> found)
    {
        var candidates = new List<(int Gold, int Found, int Overlap)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int f = 0; f < found.Count; f++)
            {
                int overlap = gold[g].Overlap(found[f]);
                if (overlap > 0 && 2 * overlap >= Math.Max(gold[g].Length, found[f].Length)) candidates.Add((g, f, overlap));
            }
        }
        candidates.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Found.CompareTo(b.Found));
        var usedGold = new HashSet<int>();
        var usedFound = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (g, f, _) in candidates)
        {
            if (usedGold.Contains(g) || usedFound.Contains(f)) continue;
            usedGold.Add(g);
            usedFound.Add(f);
            pairs.Add((g, f));
        }
        pairs.Sort();
        return pairs;
    }
}
