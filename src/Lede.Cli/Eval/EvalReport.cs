using System.Globalization;

namespace Lede.Cli.Eval;

/// <summary>Writes an evaluation as plain, aligned text: the run, the worst pages, and the totals.</summary>
internal static class EvalReport
{
    private const int IdPrefix = 8;

    /// <summary>How long Lede took and where its predictions went.</summary>
    public static void WriteRun(TextWriter output, string name, LedeRunResult run, string predictionsPath)
    {
        output.WriteLine(Invariant($"{name}: {run.Predictions.Count} pages in {run.Elapsed.TotalSeconds:0.00} s ({run.DocsPerSecond:0.0} docs/s), Lede {LedeVersion.Value}"));
        if (run.NotOk.Count > 0)
            output.WriteLine("  not ok: " + string.Join(", ", run.NotOk.Select(s => $"{s.Value} {s.Key}")));
        output.WriteLine($"  predictions: {predictionsPath}");
        output.WriteLine();
    }

    /// <summary>How long cleaning one folder of scrapes took and where its predictions went.</summary>
    public static void WriteCleanRun(TextWriter output, CleanRunResult run, string predictionsPath)
    {
        double megabytes = run.Characters / 1e6;
        output.WriteLine(Invariant($"{run.Cleaned.Name}: {run.Cleaned.Pages.Count} texts ({megabytes:0.0} M characters) in {run.Elapsed.TotalSeconds:0.00} s: {run.MillisecondsPerText:0.00} ms a text, {megabytes / Math.Max(run.Elapsed.TotalSeconds, 1e-9):0.0} M characters/s, Lede {LedeVersion.Value}"));
        if (run.NotOk.Count > 0)
            output.WriteLine("  not ok: " + string.Join(", ", run.NotOk.Select(s => $"{s.Value} {s.Key}")));
        output.WriteLine($"  predictions: {predictionsPath}");
        output.WriteLine();
    }

    /// <summary>
    /// The subject's pages sorted by F1, worst first (ties by ID), at most <paramref name="worst"/> of them
    /// (all when 0), each with the best F1 any peer reached on it.
    /// </summary>
    public static void WritePages(TextWriter output, ScoredSubject subject, IReadOnlyList<ScoredSubject> peers, int worst)
    {
        var rows = subject.Pages
            .OrderBy(page => page.Value.F1).ThenBy(page => page.Key, StringComparer.Ordinal)
            .Take(worst > 0 ? worst : int.MaxValue)
            .ToList();
        output.WriteLine($"{subject.Name}: worst {rows.Count} of {subject.Pages.Count} pages by F1");
        output.WriteLine($"{"id",-IdPrefix}  {"P",5}  {"R",5}  {"F1",5}  best peer");
        foreach (var (id, score) in rows)
        {
            var best = BestPeer(id, peers);
            var peer = best is { } b ? Invariant($"{b.F1:0.000} {b.Name}") : "-";
            output.WriteLine(Invariant($"{id[..Math.Min(IdPrefix, id.Length)],-IdPrefix}  {score.Precision:0.000}  {score.Recall:0.000}  {score.F1:0.000}  {peer}"));
        }
        output.WriteLine();
    }

    /// <summary>The totals of the subjects, then of the peers best first, scored by the same code.</summary>
    public static void WriteTotals(TextWriter output, IReadOnlyList<ScoredSubject> subjects, IReadOnlyList<ScoredSubject> peers)
    {
        var all = subjects.Concat(peers.OrderByDescending(p => p.Total.F1).ThenBy(p => p.Name, StringComparer.Ordinal)).ToList();
        int width = Math.Max("totals".Length, all.Max(s => s.Name.Length));
        output.WriteLine($"{"totals".PadRight(width)}  {"P",5}  {"R",5}  {"F1",5}  pages");
        foreach (var subject in all)
        {
            var total = subject.Total;
            output.WriteLine(Invariant($"{subject.Name.PadRight(width)}  {total.Precision:0.000}  {total.Recall:0.000}  {total.F1:0.000}  {total.Pages}"));
        }
    }

    private static (double F1, string Name)? BestPeer(string id, IReadOnlyList<ScoredSubject> peers)
    {
        (double F1, string Name)? best = null;
        foreach (var peer in peers)
        {
            if (peer.Pages.TryGetValue(id, out var score) && (best is null || score.F1 > best.Value.F1))
                best = (score.F1, peer.Name);
        }
        return best;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
