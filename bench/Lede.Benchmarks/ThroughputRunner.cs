using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using Lede.Benchmarks.Corpus;

namespace Lede.Benchmarks;

/// <summary>
/// The number the README quotes: single-threaded extraction over a whole corpus, several timed passes
/// after a warm-up, reported as the median docs/s and MB/s. BenchmarkDotNet is for the micro-benchmarks.
/// </summary>
internal static class ThroughputRunner
{
    private const int WarmUpPasses = 2;
    private const int TimedPasses = 5;

    public static int Run(string[] args)
    {
        if (args.Length > 1 || args is ["-h" or "--help"])
        {
            Console.Error.WriteLine("usage: throughput [DIR]   (DIR: a ScrapingHub folder, tests/pages, or any folder of .html/.html.gz)");
            return 2;
        }
        var set = args.Length == 1 ? PageCorpus.Load(args[0])
            : SharedData.ScrapingHub() is { } scrapingHub ? PageCorpus.Load(scrapingHub, "scrapinghub")
            : PageCorpus.Golden();

        PrintSetup(set);

        // The first pass pays for JIT and first-use setup; the second lets tiered compilation settle.
        for (int i = 0; i < WarmUpPasses; i++)
        {
            var warm = Stopwatch.StartNew();
            Pass(set);
            Console.WriteLine($"warm-up {i + 1}: {warm.Elapsed.TotalSeconds,5:0.000} s");
        }

        var seconds = new double[TimedPasses];
        PassResult last = default;
        for (int run = 0; run < TimedPasses; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            last = Pass(set);
            seconds[run] = watch.Elapsed.TotalSeconds;
            last = last with { Allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore };
            Console.WriteLine($"run {run + 1}: {seconds[run],7:0.000} s  {set.Documents / seconds[run],9:N1} docs/s  {set.Bytes / 1e6 / seconds[run],8:N2} MB/s");
        }

        double median = seconds.Order().ElementAt(TimedPasses / 2);
        Console.WriteLine();
        Console.WriteLine($"median: {set.Documents / median:N1} docs/s, {set.Bytes / 1e6 / median:N2} MB/s " +
                          $"({median * 1000 / set.Documents:0.00} ms/doc; single thread; Extractor.Extract from bytes: decode + parse + extract)");
        Console.WriteLine($"allocated: {last.Allocated / 1e6 / set.Documents:N2} MB per doc; statuses: {last.Statuses}; body blocks: {last.Blocks:N0}");
        return 0;
    }

    private static void PrintSetup(PageSet set)
    {
        Console.WriteLine($"Lede throughput: {set.Documents} pages, {set.Bytes / 1e6:N2} MB ({set.Name}: {set.Origin})");
        Console.WriteLine($"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture}, " +
                          $"{Environment.ProcessorCount} logical cores, {(GCSettings.IsServerGC ? "server" : "workstation")} GC, {Configuration}");
#if DEBUG
        Console.WriteLine("WARNING: a Debug build; run with -c Release for numbers worth quoting.");
#endif
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly record struct PassResult(string Statuses, long Blocks, long Allocated);

    private static PassResult Pass(PageSet set)
    {
        var statuses = new Dictionary<ExtractionStatus, int>();
        long blocks = 0;
        foreach (var page in set.Pages)
        {
            var result = Extractor.Extract(page.Bytes, page.Url);
            statuses[result.Status] = statuses.GetValueOrDefault(result.Status) + 1;
            blocks += result.Article?.Blocks.Count ?? 0;
        }
        return new PassResult(string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")), blocks, 0);
    }
}
