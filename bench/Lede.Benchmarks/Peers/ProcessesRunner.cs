namespace Lede.Benchmarks.Peers;

/// <summary>
/// Issue 14's whole-process comparison: the built <c>lede batch --jobs 1</c> (JSONL to a temporary folder) against a
/// SmartReader corpus job (<see cref="SmartReaderBatch"/>), each a fresh process given the same copies of the WARC on
/// standard input and timed from start to exit — start-up, JIT, reading, inflating, extracting and writing all count,
/// as they do for a user. The two take turns, round after round; each ratio is the median of the rounds' ratios, by
/// wall time and by CPU time (the steadier on a shared machine).
/// </summary>
internal static class ProcessesRunner
{
    public static int Run(string[] args)
    {
        if (WarcRunArgs.Parse(args, "processes", 5, 1, 3) is not { } run) return 2;
        var (warc, copies, jobs, rounds) = run;
        var bytes = File.ReadAllBytes(warc);
        Console.WriteLine($"processes: {Path.GetFileName(warc)} ({bytes.Length / 1e6:0.00} MB) × {copies} on stdin; lede batch --jobs {jobs} against SmartReader on one thread");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, load {Load()}");
        var wallRatios = new List<double>();
        var cpuRatios = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            // Turns alternate, so that the machine's swings fall on both alike.
            TimedChildRun lede, peer;
            if (round % 2 == 0) { lede = RunLede(bytes, copies, jobs); peer = RunSmartReader(bytes, copies); }
            else { peer = RunSmartReader(bytes, copies); lede = RunLede(bytes, copies, jobs); }
            if (lede.ExitCode != 0 || peer.ExitCode != 0)
            {
                Console.Error.WriteLine($"processes: a run failed: lede exit {lede.ExitCode} ({lede.Error}); SmartReader exit {peer.ExitCode} ({peer.Error})");
                return 1;
            }
            wallRatios.Add(peer.Seconds / lede.Seconds);
            cpuRatios.Add(peer.CpuSeconds / lede.CpuSeconds);
            Console.WriteLine($"  round {round + 1}: lede batch {lede.Seconds:0.00} s wall, {lede.CpuSeconds:0.00} s CPU; SmartReader {peer.Seconds:0.00} s wall, {peer.CpuSeconds:0.00} s CPU");
            if (round == 0)
                Console.WriteLine($"    {FirstLine(lede.Error)}\n    {FirstLine(peer.Error)}");
        }
        Console.WriteLine($"medians of {rounds} rounds: Lede's process is {Medians.Of(wallRatios):0.0}× SmartReader's by wall time, {Medians.Of(cpuRatios):0.0}× by CPU time");
        Console.WriteLine($"load at the end: {Load()}");
        return 0;
    }

    private static TimedChildRun RunLede(byte[] warc, int copies, int jobs)
    {
        var output = Path.Combine(Path.GetTempPath(), "lede-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            return TimedChild.Run([Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll"), "batch", "-", "-o", output, "--quiet", "--jobs", jobs.ToString(System.Globalization.CultureInfo.InvariantCulture)], warc, copies);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static TimedChildRun RunSmartReader(byte[] warc, int copies)
    {
        var output = Path.Combine(Path.GetTempPath(), "smartreader-bench-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            return TimedChild.Run([Path.Combine(AppContext.BaseDirectory, "Lede.Benchmarks.dll"), "smartreader-batch", output], warc, copies);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } lines ? lines[0] : "";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
