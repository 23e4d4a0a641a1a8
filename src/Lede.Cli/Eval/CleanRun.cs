using System.Diagnostics;

namespace Lede.Cli.Eval;

/// <summary>One scraper's folder of naive scrapes, cleaned and scored.</summary>
/// <param name="Name">The folder's name (the scraper: "lynx", "gettext", …).</param>
/// <param name="Cleaned">Lede's <c>clean</c> of each text, scored against the gold bodies.</param>
/// <param name="AsIs">The texts themselves, nothing removed: what the cleaner starts from.</param>
/// <param name="Elapsed">Time spent in <see cref="Extractor.Clean(byte[], ExtractionOptions?, CancellationToken)"/>, reading excluded.</param>
/// <param name="Characters">The characters of input cleaned, for the cost per megabyte.</param>
/// <param name="NotOk">How many texts ended in each status other than <see cref="ExtractionStatus.Ok"/>.</param>
/// <param name="Predictions">ID → the cleaned text, in the benchmark's predictions format.</param>
internal sealed record CleanRunResult(
    string Name, ScoredSubject Cleaned, ScoredSubject AsIs, TimeSpan Elapsed, long Characters,
    IReadOnlyDictionary<ExtractionStatus, int> NotOk, IReadOnlyDictionary<string, string> Predictions)
{
    /// <summary>Milliseconds of cleaning per text.</summary>
    public double MillisecondsPerText => Cleaned.Pages.Count > 0 ? Elapsed.TotalMilliseconds / Cleaned.Pages.Count : 0;
}

/// <summary>
/// Runs the plain-text cleaner over folders of naive scrapes (<c>ID.txt</c>, the same IDs as the benchmark's ground
/// truth) through the public <see cref="Extractor.Clean(byte[], ExtractionOptions?, CancellationToken)"/> — the path
/// <c>lede clean FILE</c> takes, bytes decoded as it decodes them — and scores <see cref="Article.Text"/> with the
/// benchmark's scorer, as <c>eval scrapinghub</c> scores pages.
/// </summary>
internal static class CleanRun
{
    /// <summary>
    /// The folders to score under <paramref name="root"/>: the folder itself when it holds <c>.txt</c> files, else each
    /// of its subfolders that does, in name order.
    /// </summary>
    public static IReadOnlyList<string> Folders(string root)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"no folder of scrapes at {root}");
        if (Directory.EnumerateFiles(root, "*.txt").Any()) return [root];
        var folders = Directory.EnumerateDirectories(root)
            .Where(d => Directory.EnumerateFiles(d, "*.txt").Any())
            .Order(StringComparer.Ordinal)
            .ToList();
        if (folders.Count == 0)
            throw new InvalidDataException($"no .txt scrapes in {root} or its subfolders");
        return folders;
    }

    /// <summary>Cleans every <c>ID.txt</c> of <paramref name="folder"/> whose ID the truth has, and scores it.</summary>
    public static CleanRunResult Run(string folder, IReadOnlyDictionary<string, string> truth, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var cleaned = new Dictionary<string, string>(StringComparer.Ordinal);
        var asIs = new Dictionary<string, string>(StringComparer.Ordinal);
        var notOk = new SortedDictionary<ExtractionStatus, int>();
        var clock = new Stopwatch();
        long characters = 0;
        foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(path);
            if (!truth.ContainsKey(id)) continue;
            var bytes = File.ReadAllBytes(path);
            clock.Start();
            var result = Extractor.Clean(bytes, options, cancellationToken);
            clock.Stop();
            cleaned[id] = result.Article?.Text ?? "";
            asIs[id] = System.Text.Encoding.UTF8.GetString(bytes);
            characters += asIs[id].Length;
            if (result.Status != ExtractionStatus.Ok)
                notOk[result.Status] = notOk.GetValueOrDefault(result.Status) + 1;
        }
        if (cleaned.Count == 0)
            throw new InvalidDataException($"no scrape in {folder} is named after a page of the ground truth (ID.txt)");
        var scored = truth.Where(t => cleaned.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        return new CleanRunResult(
            name,
            ScoredSubject.Score($"lede clean {name}", scored, cleaned),
            ScoredSubject.Score($"{name} as is", scored, asIs),
            clock.Elapsed,
            characters,
            notOk,
            cleaned);
    }
}
