using System.Diagnostics;
using Lede.Input;

namespace Lede.Benchmarks.Peers;

/// <summary>One extractor's rate in the comparison.</summary>
internal sealed record PeerRate(string Name, double DocsPerSecond, string Note);

/// <summary>
/// Issue 4's throughput comparison, in one run on one machine: Lede (single-threaded, from the response bytes:
/// decode + parse + extract), SmartReader (the .NET Readability port, from decoded text) and Mozilla
/// Readability.js on jsdom (a Node process given the same decoded pages), all over the HTML responses of a
/// WARC. Each is warmed up, then timed over whole passes; the report gives docs/s, MB/s and Lede's ratios.
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

        var rows = new List<PeerRate>();
        var lede = Time("Lede (1 thread)", pages, passes: 7, page => Extractor.Extract(page.Bytes, page.Url, new ExtractionOptions { Charset = page.Charset }).IsOk);
        rows.Add(lede);
        rows.Add(Time("SmartReader 0.11.1", pages, passes: 3, page =>
        {
            var article = new SmartReader.Reader(page.Url ?? "https://example.invalid/", page.Html).GetArticle();
            if (!article.IsReadable && article.Errors.FirstOrDefault() is { } error) throw error;
            return article.IsReadable;
        }));
        if (withJs && ReadabilityJs.Run(pages) is { } js) rows.Add(js);
        // The floor under Lede's time: AngleSharp parsing the markup Lede gives it (scripts and style sheets already
        // emptied by the pre-scan), and nothing else. Lede cannot be faster than this while it parses with AngleSharp.
        // The parse Lede uses for a page of this size: from the markup in a buffer, no string made of it.
        var markup = pages.ToDictionary(p => p, p => NestingGuard.Bound(p.Html, ExtractionOptions.Default.MaxNestingDepth, out _, elideCode: true).AsMemory());
        var parseAlone = Time("AngleSharp parse only", pages, passes: 7, page => PageParser.Parse(markup[page], CancellationToken.None).Body is not null);
        rows.Add(parseAlone with { Note = $"Lede's pre-scanned markup, parse alone, the ceiling of Lede's rate; {parseAlone.Note}" });

        Console.WriteLine();
        Console.WriteLine($"{"extractor",-22} {"docs/s",9} {"MB/s",8}  {"Lede is",8}  note");
        foreach (var (name, rate, note) in rows)
            Console.WriteLine($"{name,-22} {rate,9:N1} {rate * bytes / pages.Count / 1e6,8:N2}  {lede.DocsPerSecond / rate,7:0.0}×  {note}");
        var smartReader = rows[1];
        Console.WriteLine($"AngleSharp's parse alone is {parseAlone.DocsPerSecond / smartReader.DocsPerSecond:0.0}× SmartReader; Lede is {lede.DocsPerSecond / parseAlone.DocsPerSecond:P0} of the parse-alone rate");
        Console.WriteLine($"load at the end: {Load()}");
        return 0;
    }

    // Warm-up (at least two passes and ten seconds: tiered compilation promotes the hot methods over several passes),
    // then the median of the timed passes.
    private static PeerRate Time(string name, List<WarcPage> pages, int passes, Func<WarcPage, bool> extract)
    {
        var warm = Stopwatch.StartNew();
        for (int i = 0; i < 2 || warm.Elapsed < TimeSpan.FromSeconds(10); i++) Pass(pages, extract);
        var seconds = new List<double>();
        int ok = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < passes; i++)
        {
            var watch = Stopwatch.StartNew();
            ok = Pass(pages, extract);
            seconds.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"  {name}: pass {i + 1} {seconds[^1]:0.000} s");
        }
        double median = Medians.Of(seconds);
        // What a page costs the collector: on this machine, allocation is what keeps two threads from going twice as fast.
        double perPage = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6 / passes / pages.Count;
        return new PeerRate(name, pages.Count / median, $"{ok}/{pages.Count} with text; median of {passes} passes; {perPage:0.00} MB allocated a page");
    }

    private static int Pass(List<WarcPage> pages, Func<WarcPage, bool> extract)
    {
        int ok = 0;
        foreach (var page in pages)
        {
            try { if (extract(page)) ok++; }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A peer's failure on one page counts as not ok; the first one is shown, so a broken setup shows itself.
                if (!_failureShown) Console.WriteLine($"  first failure: {e.GetType().Name}: {e.Message}");
                _failureShown = true;
            }
        }
        return ok;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
