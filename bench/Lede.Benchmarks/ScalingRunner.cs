using System.Diagnostics;
using Lede.Benchmarks.Peers;
using Lede.Cli.Batch;

namespace Lede.Benchmarks;

/// <summary>
/// Issue 4's parallel bar, in steady state: the batch pipeline (reader → workers → writer, JSONL written to a
/// temporary folder) run in this process over copies of the WARC, with one worker and with N, in turn for several
/// rounds after a warm-up, so that start-up and compilation are out of the figure and the shared machine's load falls
/// on both alike. Reports docs/s and MB/s of each run and the median speed-up, beside what the cores give right now
/// to N threads of plain arithmetic (the ceiling no program on this machine can pass).
/// </summary>
internal static class ScalingRunner
{
    public static int Run(string[] args)
    {
        if (WarcRunArgs.Parse(args, "scaling", 1, Environment.ProcessorCount, 15) is not { } run) return 2;
        var (warc, copies, jobs, rounds) = run;
        var folder = Directory.CreateTempSubdirectory("lede-scaling-").FullName;
        try
        {
            var input = Path.Combine(folder, "copies.warc.gz");
            var bytes = File.ReadAllBytes(warc);
            using (var file = File.Create(input))
                for (int i = 0; i < copies; i++) file.Write(bytes);
            double megabytes = bytes.Length * (double)copies / 1e6;

            // Warm-up over about four copies in all, whatever a round reads: tiered compilation promotes the hot code.
            var warm = Batch(input, folder, jobs);
            for (int i = 1; i < 4 / copies; i++) warm = Batch(input, folder, jobs);
            Console.WriteLine($"lede batch scaling: {copies}× {Path.GetFileName(warc)} ({warm.Documents} documents, {megabytes:0.0} MB of .warc.gz), " +
                              $"in process after a warm-up, --jobs 1 against --jobs {jobs}, {rounds} rounds; {Environment.ProcessorCount} cores");
            var pages = WarcPages.Load(warc);
            ExtractAlone(pages, copies, jobs);
            var ratios = new List<double>();
            var aloneRatios = new List<double>();
            var overheads = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                var single = Batch(input, folder, 1);
                var parallel = Batch(input, folder, jobs);
                var aloneSingle = ExtractAlone(pages, copies, 1);
                var aloneParallel = ExtractAlone(pages, copies, jobs);
                ratios.Add(single.Seconds / parallel.Seconds);
                aloneRatios.Add(aloneSingle.Seconds / aloneParallel.Seconds);
                overheads.Add(single.CpuSeconds / aloneSingle.CpuSeconds);
                Console.WriteLine($"round {round + 1}: --jobs 1 {Rates(single, megabytes)}   --jobs {jobs} {Rates(parallel, megabytes)}   speed-up {ratios[^1]:0.00}×");
                Console.WriteLine($"         extraction alone, 1 thread {Rates(aloneSingle, megabytes)}   {jobs} threads {Rates(aloneParallel, megabytes)}   speed-up {aloneRatios[^1]:0.00}×");
            }
            double capacity = ThreadCapacity(jobs);
            double allocating = AllocationCapacity(jobs);
            Console.WriteLine($"median speed-up of --jobs {jobs} over --jobs 1: {Medians.Of(ratios):0.00}× (quickest round {ratios.Max():0.00}×); " +
                              $"{jobs} threads of plain arithmetic run {capacity:0.00}× as fast as one on this machine now, " +
                              $"{jobs} threads that only allocate short-lived objects {allocating:0.00}×");
            Console.WriteLine($"extraction alone (pages in memory, no reader, writer or hand-offs): median speed-up {Medians.Of(aloneRatios):0.00}×; " +
                              $"the one-worker batch spends {Medians.Of(overheads):0.00}× its CPU time");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private readonly record struct BatchTiming(double Seconds, long Documents, double CpuSeconds, double PausedSeconds);

    private static BatchTiming Batch(string input, string folder, int jobs)
    {
        var settings = new BatchSettings { Inputs = [input], Output = Path.Combine(folder, "out"), Jobs = jobs, Quiet = true };
        Directory.CreateDirectory(settings.Output);
        var stats = new BatchStats();
        GC.Collect();
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        new BatchRunner(settings, stats, TextWriter.Null).RunAsync(InputPlan.Parts(settings.Inputs), CancellationToken.None).GetAwaiter().GetResult();
        double seconds = watch.Elapsed.TotalSeconds;
        return new BatchTiming(seconds, stats.Documents, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalPauseDuration() - paused).TotalSeconds);
    }

    // The same documents, read into memory beforehand, extracted by plain threads that each take every n-th page:
    // what the workload itself gains from n cores here (its own memory traffic and the collector included), free
    // of the pipeline, and what one document costs without it.
    private static BatchTiming ExtractAlone(List<WarcPage> pages, int copies, int threads)
    {
        GC.Collect();
        var paused = GC.GetTotalPauseDuration();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (int copy = 0; copy < copies; copy++)
                for (int i = t; i < pages.Count; i += threads)
                    Extractor.Extract(pages[i].Bytes, pages[i].Url, ExtractionOptions.Default with { Charset = pages[i].Charset });
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        double seconds = watch.Elapsed.TotalSeconds;
        return new BatchTiming(seconds, (long)pages.Count * copies, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, (GC.GetTotalPauseDuration() - paused).TotalSeconds);
    }

    private static string Rates(BatchTiming run, double megabytes)
        => $"{run.Seconds,6:0.00} s {run.Documents / run.Seconds,6:0.0} docs/s {megabytes / run.Seconds,5:0.00} MB/s ({run.CpuSeconds / run.Seconds:0.00} cores busy, collector pauses {run.PausedSeconds / run.Seconds:P0})";

    // What the cores give right now to work that only allocates small objects and drops them (a page's DOM is made
    // of such objects): the runtime's allocator and collector, and the memory they touch, with nothing else.
    internal static double AllocationCapacity(int n) => SpeedUp(n, static () =>
    {
        long count = 0;
        for (int i = 0; i < 20_000; i++)
        {
            var list = new List<string>();
            for (int j = 0; j < 200; j++) list.Add(new string('x', j % 50));
            count += list.Count;
        }
        return count;
    });

    // What the cores give right now, free of memory and the runtime: a fixed piece of integer arithmetic; n× means
    // n free cores.
    internal static double ThreadCapacity(int n) => SpeedUp(n, static () =>
    {
        long x = 1;
        for (int i = 0; i < 200_000_000; i++) x = x * 6364136223846793005L + 1442695040888963407L;
        return x;
    });

    // A fixed piece of work once on one thread, then on n threads at once: how much more gets done in the same time.
    private static double SpeedUp(int n, Func<long> work)
    {
        work();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        long sink = work();
        double one = watch.Elapsed.TotalSeconds;
        GC.Collect();
        watch.Restart();
        var threads = Enumerable.Range(0, n).Select(_ => new Thread(() => Interlocked.Add(ref sink, work()))).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        double many = watch.Elapsed.TotalSeconds;
        GC.KeepAlive(sink);
        return n * one / many;
    }
}
