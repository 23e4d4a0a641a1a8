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
    private const int MinWarmUpPasses = 2;
    private const int MaxWarmUpPasses = 50;
    private const int TimedPasses = 5;
    private static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(5);

    public static int Run(string[] args)
    {
        if (args.Length > 1 || args is ["-h" or "--help"])
        {
            Console.Error.WriteLine("usage: throughput [DIR]   (DIR: a ScrapingHub folder, tests/pages, or any folder of .html/.html.gz)");
            return 2;
        }
        var set = LoadSet(args);

        PrintSetup(set);
        WarmUp(set);

        var runs = new Timing[TimedPasses];
        for (int run = 0; run < TimedPasses; run++)
        {
            runs[run] = TimedPass(set);
            Console.WriteLine($"run {run + 1}: {runs[run].WallSeconds,7:0.000} s  {Rates(set, runs[run].WallSeconds)}   (cpu {runs[run].CpuSeconds:0.000} s)");
        }

        var median = runs.OrderBy(r => r.WallSeconds).ElementAt(TimedPasses / 2);
        double medianCpu = Medians.Of(runs.Select(r => r.CpuSeconds));
        Console.WriteLine();
        Console.WriteLine($"median: {Rates(set, median.WallSeconds)} ({median.WallSeconds * 1000 / set.Documents:0.00} ms/doc; single thread; " +
                          "Extractor.Extract from bytes: decode + parse + extract)");
        // On a shared machine wall time includes waiting for a core; process CPU time does not.
        Console.WriteLine($"median by process CPU time: {Rates(set, medianCpu)}");
        Console.WriteLine($"allocated: {median.Allocated / 1e6 / set.Documents:N2} MB per doc; statuses: {median.Statuses}; body blocks: {median.Blocks:N0}");
        return 0;
    }

    /// <summary>The folder given, else the ScrapingHub pages when ../shared is there, else the golden pages.</summary>
    internal static PageSet LoadSet(string[] args)
        => args.Length == 1 ? PageCorpus.Load(args[0])
            : Lede.Cli.Eval.SharedData.ScrapingHub is { } scrapingHub ? PageCorpus.Load(scrapingHub, "scrapinghub")
            : PageCorpus.Golden();

    internal static void PrintSetup(PageSet set)
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

    // The first pass pays for JIT and first-use setup; later ones let tiered compilation promote the
    // hot methods, which on a small corpus takes more passes than on a large one.
    internal static void WarmUp(PageSet set)
    {
        var warm = Stopwatch.StartNew();
        int passes = 0;
        while (passes < MinWarmUpPasses || (warm.Elapsed < MinWarmUp && passes < MaxWarmUpPasses))
        {
            var pass = Stopwatch.StartNew();
            Pass(set);
            passes++;
            if (passes <= MinWarmUpPasses)
                Console.WriteLine($"warm-up {passes}: {pass.Elapsed.TotalSeconds,5:0.000} s");
        }
        if (passes > MinWarmUpPasses)
            Console.WriteLine($"warm-up: {passes} passes in {warm.Elapsed.TotalSeconds:0.00} s");
    }

    internal static string Rates(PageSet set, double seconds)
        => $"{set.Documents / seconds,9:N1} docs/s  {set.Bytes / 1e6 / seconds,8:N2} MB/s";

    internal readonly record struct Timing(double WallSeconds, double CpuSeconds, long Allocated, string Statuses, long Blocks);

    internal static Timing TimedPass(PageSet set, ExtractionOptions? options = null)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var (statuses, blocks) = Pass(set, options);
        double wall = watch.Elapsed.TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        return new Timing(wall, cpu, allocated, statuses, blocks);
    }

    internal static (string Statuses, long Blocks) Pass(PageSet set, ExtractionOptions? options = null)
    {
        var statuses = new Dictionary<ExtractionStatus, int>();
        long blocks = 0;
        foreach (var page in set.Pages)
        {
            var result = Extractor.Extract(page.Bytes, page.Url, options);
            statuses[result.Status] = statuses.GetValueOrDefault(result.Status) + 1;
            blocks += result.Article?.Blocks.Count ?? 0;
        }
        return (string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}")), blocks);
    }
}
