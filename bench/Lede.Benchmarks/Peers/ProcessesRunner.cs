using System.Globalization;

namespace Lede.Benchmarks.Peers;

/// <summary>
/// Issue 14's whole-process comparison: the built <c>lede batch --jobs 1</c> (JSONL to a temporary folder) against a
/// SmartReader corpus job (<see cref="SmartReaderBatch"/>), each a fresh process given the same copies of the WARC on
/// standard input and timed from start to exit — start-up, JIT, reading, inflating, extracting and writing all count,
/// as they do for a user. Two builds of the command can run: the one on the .NET runtime (the dotnet tool's, always)
/// and the native one (<c>--native PATH</c>, as the README publishes it). They take turns, round after round, in a
/// rotating order; each ratio is the median of the rounds' ratios, by wall time and by CPU time (the steadier on a
/// shared machine).
/// </summary>
internal static class ProcessesRunner
{
    public static int Run(string[] args)
    {
        string? native = null;
        int at = Array.IndexOf(args, "--native");
        if (at >= 0)
        {
            if (at + 1 >= args.Length || !File.Exists(args[at + 1]))
            {
                Console.Error.WriteLine("processes: --native needs the path of the native lede (dotnet publish src/Lede.Cli -c Release -r linux-x64 -p:PublishAot=true -o DIR, then DIR/lede)");
                return 2;
            }
            native = Path.GetFullPath(args[at + 1]);
            args = [.. args[..at], .. args[(at + 2)..]];
        }
        if (WarcRunArgs.Parse(args, "processes", 5, 1, 3) is not { } run) return 2;
        var (warc, copies, jobs, rounds) = run;
        var bytes = File.ReadAllBytes(warc);
        string jobArg = jobs.ToString(CultureInfo.InvariantCulture);
        var ledes = new List<Contender> { new("lede batch on the .NET runtime", output => TimedChild.Run([Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll"), .. BatchArgs(output, jobArg)], bytes, copies)) };
        if (native is not null)
            ledes.Add(new("lede batch, native build", output => TimedChild.RunProgram([native, .. BatchArgs(output, jobArg)], bytes, copies)));
        var peer = new Contender("SmartReader", output => TimedChild.Run([Path.Combine(AppContext.BaseDirectory, "Lede.Benchmarks.dll"), "smartreader-batch", output + ".jsonl"], bytes, copies));
        Contender[] all = [.. ledes, peer];

        Console.WriteLine($"processes: {Path.GetFileName(warc)} ({bytes.Length / 1e6:0.00} MB) × {copies} on stdin; lede batch --jobs {jobs} against SmartReader on one thread");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, load {Load()}");
        if (native is null)
            Console.WriteLine("  (the native build is not measured: publish it and pass --native PATH; see the README)");
        for (int round = 0; round < rounds; round++)
        {
            // The order rotates, so that the machine's swings fall on all alike.
            var times = new Dictionary<Contender, TimedChildRun>();
            for (int turn = 0; turn < all.Length; turn++)
            {
                var contender = all[(round + turn) % all.Length];
                times[contender] = contender.Time();
            }
            if (times.FirstOrDefault(pair => pair.Value.ExitCode != 0) is { Key: not null } failed)
            {
                Console.Error.WriteLine($"processes: {failed.Key.Name} failed: exit {failed.Value.ExitCode} ({failed.Value.Error})");
                return 1;
            }
            var line = string.Join("; ", all.Select(c => $"{c.Name} {times[c].Seconds:0.00} s wall, {times[c].CpuSeconds:0.00} s CPU"));
            Console.WriteLine($"  round {round + 1}: {line}");
            foreach (var lede in ledes)
            {
                lede.WallRatios.Add(times[peer].Seconds / times[lede].Seconds);
                lede.CpuRatios.Add(times[peer].CpuSeconds / times[lede].CpuSeconds);
            }
            if (round == 0)
                foreach (var contender in all)
                    Console.WriteLine($"    {FirstLine(times[contender].Error)}");
        }
        Console.WriteLine($"medians of {rounds} rounds:");
        foreach (var lede in ledes)
            Console.WriteLine($"  {lede.Name}: {Medians.Of(lede.WallRatios):0.0}× SmartReader's process by wall time, {Medians.Of(lede.CpuRatios):0.0}× by CPU time");
        Console.WriteLine($"load at the end: {Load()}");
        return 0;
    }

    private static string[] BatchArgs(string output, string jobs) => ["batch", "-", "-o", output, "--quiet", "--jobs", jobs];

    /// <summary>One program in the comparison: its name, how to time one run of it, and its ratios so far.</summary>
    private sealed class Contender(string name, Func<string, TimedChildRun> run)
    {
        public string Name => name;
        public List<double> WallRatios { get; } = [];
        public List<double> CpuRatios { get; } = [];

        // Each run writes into a temporary path of its own, removed after it.
        public TimedChildRun Time()
        {
            var output = Path.Combine(Path.GetTempPath(), "lede-bench-" + Guid.NewGuid().ToString("N"));
            try
            {
                return run(output);
            }
            finally
            {
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                File.Delete(output + ".jsonl");
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } lines ? lines[0] : "";

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
