using System.Diagnostics;
using System.IO.Compression;

namespace Lede.Cli.Eval;

/// <summary>Lede's predictions for every benchmark page, and how long extraction took.</summary>
/// <param name="Predictions">Page ID → the article's plain text ("" when there is no article).</param>
/// <param name="Elapsed">Time spent in <see cref="Extractor.Extract(byte[], string?, ExtractionOptions?, CancellationToken)"/>, reading excluded.</param>
/// <param name="NotOk">How many pages ended in each status other than <see cref="ExtractionStatus.Ok"/>.</param>
internal sealed record LedeRunResult(IReadOnlyDictionary<string, string> Predictions, TimeSpan Elapsed, IReadOnlyDictionary<ExtractionStatus, int> NotOk)
{
    /// <summary>Pages extracted per second.</summary>
    public double DocsPerSecond => Elapsed > TimeSpan.Zero ? Predictions.Count / Elapsed.TotalSeconds : 0;
}

/// <summary>Runs Lede over the benchmark's pages, one after another, so runs are deterministic and simple to profile.</summary>
internal static class LedeRun
{
    /// <summary>Extracts every page, passing the ground-truth URL as the page URL.</summary>
    public static LedeRunResult Run(ScrapingHubData data, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        var notOk = new SortedDictionary<ExtractionStatus, int>();
        var clock = new Stopwatch();
        foreach (var (id, path) in data.Pages())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var html = Gunzip(path);
            clock.Start();
            var result = Extractor.Extract(html, data.Urls.GetValueOrDefault(id), options, cancellationToken);
            clock.Stop();
            predictions[id] = result.Article?.Text ?? "";
            if (result.Status != ExtractionStatus.Ok)
                notOk[result.Status] = notOk.GetValueOrDefault(result.Status) + 1;
        }
        return new LedeRunResult(predictions, clock.Elapsed, notOk);
    }

    /// <summary>The bytes of a gzipped page.</summary>
    internal static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
