using System.Diagnostics;
using Lede.Input;

namespace Lede.Benchmarks.Peers;

/// <summary>One extractor's rate in the comparison.</summary>
internal sealed record PeerRate(string Name, double DocsPerSecond, string Note);

/// <summary>
/// Issue 4's throughput comparison, in one run on one machine: Lede (single-threaded, from the response bytes:
/// decode + parse + extract), SmartReader (the .NET Readability port, from decoded text) and Mozilla
/// Readability.js on jsdom (a Node process given the same decoded pages), all over the HTML responses of a
/// WARC, beside AngleSharp's parse alone of the markup Lede hands it. Lede, SmartReader and the parse take turns, a
/// whole pass each, round after round, and each ratio is the median of the rounds' ratios, so that it holds on a
/// machine whose speed swings; Readability.js is timed apart.
/// The report gives docs/s, MB/s, MB allocated a page and Lede's ratios.
/// </summary>
internal static class PeersRunner
{
    private const string WarcName = "scrapinghub-181.warc.gz";
    private static bool _failureShown;

    public static int Run(string[] args)
    {
        if (args is ["-h" or "--help", ..] || args.Length > 2)
        {
            Console.Error.WriteLine($"usage: peers [WARC] [--no-js]   (default WARC: shared/benchmarks/warc-samples/{WarcName})");
            return 2;
        }
        bool withJs = !args.Contains("--no-js");
        var warc = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal))
                   ?? (Lede.Cli.Eval.SharedData.Directory is { } shared ? Path.Combine(shared, "benchmarks", "warc-samples", WarcName) : null);
        if (warc is null || !File.Exists(warc))
        {
            Console.Error.WriteLine($"peers: no WARC to read ({warc ?? "shared/benchmarks absent"}); give its path");
            return 2;
        }

        var pages = WarcPages.Load(warc);
        long bytes = pages.Sum(p => (long)p.Bytes.Length);
        Console.WriteLine($"peers: {pages.Count} HTML responses, {bytes / 1e6:N2} MB, from {warc}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, load {Load()}");

        // The floor under Lede's time: Lede's own parse of the decoded page, and nothing else.
        var parseOptions = new Lede.Html.HtmlParseOptions { MaxDepth = ExtractionOptions.Default.MaxNestingDepth };
        Func<WarcPage, bool>[] extractors =
        [
            page => Extractor.Extract(page.Bytes, page.Url, new ExtractionOptions { Charset = page.Charset }).IsOk,
            page =>
            {
                var article = new SmartReader.Reader(page.Url ?? "https://example.invalid/", page.Html).GetArticle();
                if (!article.IsReadable && article.Errors.FirstOrDefault() is { } error) throw error;
                return article.IsReadable;
            },
            page =>
            {
                using var tree = Lede.Html.HtmlTreeParser.Parse(page.Html, parseOptions);
                return tree.Count > 1;
            },
        ];
        string[] names = ["Lede (1 thread)", "SmartReader 0.11.1", "Lede's parse only"];
        var timed = Interleaved(pages, extractors, names);
        // Lede's ratio to each, as the median of the rounds' ratios: each round timed all three, one after the other.
        var rows = new List<(PeerRate Rate, double Ratio)>();
        for (int v = 0; v < extractors.Length; v++)
        {
            var note = $"{timed.Ok[v]}/{pages.Count} with text; {timed.AllocatedPerPage[v] / 1e6:0.00} MB allocated a page";
            if (v == 2) note = "Lede's parse alone of the decoded page: the floor under Lede's time; " + note;
            rows.Add((new PeerRate(names[v], pages.Count / Medians.Of(timed.Seconds.Select(pass => pass[v])), note),
                Medians.Of(timed.Seconds.Select(pass => pass[v] / pass[0]))));
        }
        // Node runs in a process of its own, so its passes cannot be interleaved with ours: its ratio is of medians.
        if (withJs && ReadabilityJs.Run(pages) is { } js)
            rows.Insert(2, (js with { Note = js.Note + "; timed apart, ratio of medians" }, rows[0].Rate.DocsPerSecond / js.DocsPerSecond));

        Console.WriteLine();
        Console.WriteLine($"{"extractor",-22} {"docs/s",9} {"MB/s",8}  {"Lede is",8}  note");
        foreach (var ((name, rate, note), ratio) in rows)
            Console.WriteLine($"{name,-22} {rate,9:N1} {rate * bytes / pages.Count / 1e6,8:N2}  {ratio,7:0.0}×  {note}");
        double parseToSmartReader = Medians.Of(timed.Seconds.Select(pass => pass[1] / pass[2]));
        double ledeToParse = Medians.Of(timed.Seconds.Select(pass => pass[2] / pass[0]));
        Console.WriteLine($"medians of {Passes} rounds: Lede's parse alone is {parseToSmartReader:0.0}× SmartReader; Lede runs at {ledeToParse:P0} of the parse-alone rate");
        Console.WriteLine($"load at the end: {Load()}");
        return 0;
    }

    private const int Passes = 7;

    private sealed record InterleavedTimes(double[][] Seconds, int[] Ok, double[] AllocatedPerPage);

    // Warm-up (at least two rounds and ten seconds: tiered compilation promotes the hot methods over several passes),
    // then rounds in which each extractor makes a whole pass over the pages in turn, the order rotated from round to
    // round, so that the shared machine's swings in speed fall on all of them alike. Whole passes, with a collection
    // before each, rather than page by page: interleaved pages would charge each extractor for the collections the
    // others' garbage calls for, and SmartReader allocates four times what Lede does.
    private static InterleavedTimes Interleaved(List<WarcPage> pages, Func<WarcPage, bool>[] extractors, string[] names)
    {
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 2 || warm.Elapsed < TimeSpan.FromSeconds(10); i++)
            foreach (var extract in extractors) Pass(pages, extract);
        var seconds = new double[Passes][];
        var ok = new int[extractors.Length];
        var allocated = new long[extractors.Length];
        for (int round = 0; round < Passes; round++)
        {
            seconds[round] = new double[extractors.Length];
            for (int k = 0; k < extractors.Length; k++)
            {
                int v = (round + k) % extractors.Length;
                (seconds[round][v], ok[v], long passAllocated) = Pass(pages, extractors[v]);
                allocated[v] += passAllocated;
            }
            Console.WriteLine($"  round {round + 1}: " + string.Join(", ", names.Select((name, v) => $"{name} {seconds[round][v]:0.000} s")));
        }
        return new InterleavedTimes(seconds, ok, allocated.Select(a => (double)a / Passes / pages.Count).ToArray());
    }

    private static (double Seconds, int Ok, long Allocated) Pass(List<WarcPage> pages, Func<WarcPage, bool> extract)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        int ok = 0;
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        long start = Stopwatch.GetTimestamp();
        foreach (var page in pages)
            if (Run(extract, page)) ok++;
        double seconds = (double)(Stopwatch.GetTimestamp() - start) / Stopwatch.Frequency;
        return (seconds, ok, GC.GetAllocatedBytesForCurrentThread() - bytesBefore);
    }

    // A peer's failure on one page counts as not ok; the first one is shown, so a broken setup shows itself.
    private static bool Run(Func<WarcPage, bool> extract, WarcPage page)
    {
        try
        {
            return extract(page);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (!_failureShown) Console.WriteLine($"  first failure: {e.GetType().Name}: {e.Message}");
            _failureShown = true;
            return false;
        }
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
