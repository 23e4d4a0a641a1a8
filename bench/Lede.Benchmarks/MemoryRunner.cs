using System.Diagnostics;
using System.Globalization;

namespace Lede.Benchmarks;

/// <summary>
/// The memory-flat check of <c>lede batch</c>: runs the built CLI as a child process over a WARC once and over the
/// same WARC many times concatenated (streamed into its stdin, never written out as one big file), and reports the
/// peak resident memory of each (Linux <c>VmHWM</c>, sampled while the child runs). Flat means the long run peaks
/// within 10% of the short one: the batch holds a bounded window of documents, never the input.
/// </summary>
internal static class MemoryRunner
{
    private const int DefaultCopies = 20;
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(20);

    public static int Run(string[] args)
    {
        int copies = DefaultCopies, jobs = 2;
        string? warc = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--copies" when i + 1 < args.Length: copies = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--jobs" when i + 1 < args.Length: jobs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case var path when !path.StartsWith('-'): warc = path; break;
                default:
                    Console.Error.WriteLine("usage: memory [WARC] [--copies 20] [--jobs 2]   (WARC: default the shared scrapinghub-181.warc.gz)");
                    return 2;
            }
        }
        warc ??= Lede.Cli.Eval.SharedData.Directory is { } shared ? Path.Combine(shared, "benchmarks", "warc-samples", "scrapinghub-181.warc.gz") : null;
        if (warc is null || !File.Exists(warc))
        {
            Console.Error.WriteLine("memory: no WARC given and the shared scrapinghub-181.warc.gz was not found");
            return 1;
        }
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("memory: reads peak RSS from /proc, so runs on Linux only");
            return 1;
        }

        var bytes = File.ReadAllBytes(warc);
        Console.WriteLine($"lede batch memory: {Path.GetFileName(warc)} ({bytes.Length / 1e6:0.00} MB), --jobs {jobs}, stdin, JSONL output to a temporary folder");
        var one = Measure(bytes, 1, jobs);
        var many = Measure(bytes, copies, jobs);
        double growth = (double)many.PeakKb / one.PeakKb - 1;
        Console.WriteLine($"peak RSS {copies}× / 1×: {1 + growth:0.000} ({growth:+0.0%;-0.0%}); {(Math.Abs(growth) <= 0.10 ? "flat (within 10%)" : "NOT flat (over 10%)")}");
        return 0;
    }

    private sealed record Measurement(long PeakKb, int ExitCode);

    private static Measurement Measure(byte[] warc, int copies, int jobs)
    {
        var output = Path.Combine(Path.GetTempPath(), "lede-memory-" + Guid.NewGuid().ToString("N"));
        // The bench references Lede.Cli, so its dll sits next to ours.
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll"), "batch", "-", "-o", output, "--quiet", "--jobs", jobs.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var summary = process.StandardError.ReadToEndAsync();
        var feed = Task.Run(() =>
        {
            using var stdin = process.StandardInput.BaseStream;
            for (int i = 0; i < copies; i++)
                stdin.Write(warc);
        });
        long peak = 0;
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakKb(process.Id));
            Thread.Sleep(Sample);
        }
        process.WaitForExit();
        feed.Wait();
        var seconds = clock.Elapsed.TotalSeconds;
        var lastLine = summary.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } lines ? lines[0] : "";
        Console.WriteLine($"{copies,3}×: peak RSS {peak / 1024.0,6:0.0} MB, {seconds,6:0.0} s, exit {process.ExitCode}; {lastLine}");
        Directory.Delete(output, recursive: true);
        return new Measurement(peak, process.ExitCode);
    }

    // VmHWM is the kernel's own high-water mark of the resident set, so sampling it misses nothing but the last
    // few milliseconds before exit.
    private static long PeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }
}
