namespace Lede.Cli.Eval;

/// <summary>One extractor's scores on a benchmark: per page and in total.</summary>
/// <param name="Name">The extractor's name ("lede balanced", "trafilatura", …).</param>
/// <param name="Pages">Page ID → that page's score, for every page of the ground truth.</param>
/// <param name="Total">The benchmark's totals.</param>
internal sealed record ScoredSubject(string Name, IReadOnlyDictionary<string, PageScore> Pages, BenchmarkScore Total)
{
    /// <summary>Scores predictions against the ground truth; a page missing from the predictions counts as empty.</summary>
    public static ScoredSubject Score(string name, IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predictions)
    {
        var pages = new SortedDictionary<string, PageScore>(StringComparer.Ordinal);
        foreach (var (id, text) in truth)
            pages[id] = ShingleScorer.ScorePage(text, predictions.GetValueOrDefault(id) ?? "");
        return new ScoredSubject(name, pages, ShingleScorer.Summarize(pages.Values));
    }
}
