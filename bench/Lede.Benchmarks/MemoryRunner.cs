namespace Lede.Benchmarks;

/// <summary>
/// The memory-flat check of <c>lede batch</c>: runs the built CLI over a WARC once and over the same WARC many times
/// concatenated, each several times in turn, and reports the peak resident memory of each run and the ratio of the
/// medians. Flat means the long run peaks within 10% of the short one: the batch holds a bounded window of
/// documents, never the input. A run over a quarter of the copies is compared with the long run too: that is the
/// growth with length once the process has warmed up.
/// </summary>
internal static class MemoryRunner
{
    public static int Run(string[] args)
    {
        if (WarcRunArgs.Parse(args, "memory", 20, 2, 3) is not { } run) return 2;
        var (warc, copies, jobs, rounds) = run;
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("memory: reads peak RSS from /proc, so runs on Linux only");
            return 1;
        }

        var bytes = File.ReadAllBytes(warc);
        Console.WriteLine($"lede batch memory: {Path.GetFileName(warc)} ({bytes.Length / 1e6:0.00} MB), --jobs {jobs}, stdin, JSONL output to a temporary folder");
        // A quarter of the long run's copies, past the warm-up: resident memory climbs over the first few hundred
        // documents (pools, the collector's budgets, code paged in) and then holds, so a one-copy run that ends early
        // in that climb makes growth with length look larger than it is. Both comparisons are printed.
        int quarter = Math.Max(2, copies / 4);
        var one = new List<double>();
        var some = new List<double>();
        var many = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            one.Add(Show(1, BatchChild.Run(bytes, 1, jobs)));
            if (quarter < copies) some.Add(Show(quarter, BatchChild.Run(bytes, quarter, jobs)));
            many.Add(Show(copies, BatchChild.Run(bytes, copies, jobs)));
        }
        Console.WriteLine("median peak RSS: " + Growth(1, one, copies, many));
        if (some.Count > 0)
            Console.WriteLine("after warm-up: " + Growth(quarter, some, copies, many));
        return 0;
    }

    // The long run's median peak against the short one's, and whether that is within issue 4's 10%.
    private static string Growth(int shortCopies, List<double> shortRuns, int longCopies, List<double> longRuns)
    {
        double growth = Medians.Of(longRuns) / Medians.Of(shortRuns) - 1;
        return $"{shortCopies}× {Medians.Of(shortRuns):0.0} MB, {longCopies}× {Medians.Of(longRuns):0.0} MB: {1 + growth:0.000} ({growth:+0.0%;-0.0%}); " +
               (Math.Abs(growth) <= 0.10 ? "flat (within 10%)" : "NOT flat (over 10%)");
    }

    private static double Show(int copies, BatchChildRun run)
    {
        Console.WriteLine($"{copies,3}×: peak RSS {run.PeakMb,6:0.0} MB, {run.Seconds,6:0.0} s, exit {run.ExitCode}; {run.Summary}");
        return run.PeakMb;
    }
}
