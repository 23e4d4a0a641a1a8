using System.Diagnostics;
using System.Globalization;

namespace Lede.Benchmarks;

/// <summary>What one run of the CLI's batch command took: wall time, peak resident memory, exit code, and its summary line.</summary>
internal sealed record BatchChildRun(double Seconds, long PeakKb, int ExitCode, string Summary)
{
    public double PeakMb => PeakKb / 1024.0;
}

/// <summary>
/// Runs the built CLI (<c>lede batch - -o TEMP --quiet</c>) as a child process over copies of a WARC written into its
/// standard input (never written out as one big file), sampling its peak resident memory (Linux <c>VmHWM</c>).
/// </summary>
internal static class BatchChild
{
    private static readonly TimeSpan Sample = TimeSpan.FromMilliseconds(20);

    public static BatchChildRun Run(byte[] warc, int copies, int jobs)
    {
        var output = Path.Combine(Path.GetTempPath(), "lede-bench-" + Guid.NewGuid().ToString("N"));
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
        double seconds = clock.Elapsed.TotalSeconds;
        var firstLine = summary.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } lines ? lines[0] : "";
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        return new BatchChildRun(seconds, peak, process.ExitCode, firstLine);
    }

    /// <summary>The shared benchmark WARC, or the one given; null (with the reason on stderr) when there is none.</summary>
    public static string? FindWarc(string? given, string runner)
    {
        var warc = given ?? (Lede.Cli.Eval.SharedData.Directory is { } shared ? Path.Combine(shared, "benchmarks", "warc-samples", "scrapinghub-181.warc.gz") : null);
        if (warc is not null && File.Exists(warc)) return warc;
        Console.Error.WriteLine($"{runner}: no WARC given and the shared scrapinghub-181.warc.gz was not found");
        return null;
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
