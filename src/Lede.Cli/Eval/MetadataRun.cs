using System.Diagnostics;

namespace Lede.Cli.Eval;

/// <summary>Lede's metadata for every gold page, scored, and how long extraction took.</summary>
internal sealed record MetadataRunResult(MetadataTotals Totals, TimeSpan Elapsed);

/// <summary>Runs Lede over the gold set's pages, one after another, each with its annotated URL.</summary>
internal static class MetadataRun
{
    /// <summary>Extracts and scores every gold page found under <paramref name="benchmarkRoot"/>'s <c>html/</c> folder.</summary>
    /// <exception cref="FileNotFoundException">A gold page is not in the benchmark folder.</exception>
    public static MetadataRunResult Run(string benchmarkRoot, IReadOnlyList<GoldPage> gold, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var scored = new List<(GoldPage, PredictedMetadata)>(gold.Count);
        var clock = new Stopwatch();
        foreach (var page in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(benchmarkRoot, "html", page.Id + ".html.gz");
            if (!File.Exists(path))
                throw new FileNotFoundException($"gold page {page.Id} is not in the benchmark", path);
            var html = LedeRun.Gunzip(path);
            clock.Start();
            var result = Extractor.Extract(html, page.Url, options, cancellationToken);
            clock.Stop();
            scored.Add((page, PredictedMetadata.From(result.Article)));
        }
        return new MetadataRunResult(MetadataScorer.Score(scored), clock.Elapsed);
    }
}
