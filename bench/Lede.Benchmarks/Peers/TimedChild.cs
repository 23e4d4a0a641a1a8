using System.Diagnostics;
using System.Globalization;

namespace Lede.Benchmarks.Peers;

/// <summary>What a child process took: wall time, the CPU time it and its children used, its exit code and its standard error.</summary>
internal sealed record TimedChildRun(double Seconds, double CpuSeconds, int ExitCode, string Error);

/// <summary>
/// Runs a program (a .NET one through <c>dotnet</c>, or a native one) as a child process with copies of a WARC written into its standard input, and measures its wall
/// time and its CPU time. The CPU time comes from bash's <c>times</c> after the child ends (what the kernel counted for
/// it), because .NET cannot read an exited process's usage on Linux; on a shared machine CPU time is the steadier figure.
/// </summary>
internal static class TimedChild
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="dotnetArgs"/> (the program's .dll first).</summary>
    public static TimedChildRun Run(IReadOnlyList<string> dotnetArgs, byte[] warc, int copies) => RunProgram(["dotnet", .. dotnetArgs], warc, copies);

    /// <summary>Runs <paramref name="command"/> (the program first, then its arguments).</summary>
    public static TimedChildRun RunProgram(IReadOnlyList<string> command, byte[] warc, int copies)
    {
        // bash runs the program, then prints the CPU times of its children ("0m1.234s 0m0.056s", user then system).
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-c", "\"$@\"; code=$?; times >&2; exit $code", "bash" }.Concat(command))
            start.ArgumentList.Add(arg);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        using (var stdin = process.StandardInput.BaseStream)
        {
            for (int i = 0; i < copies; i++)
                stdin.Write(warc);
        }
        process.WaitForExit();
        double seconds = clock.Elapsed.TotalSeconds;
        var lines = error.Result.TrimEnd().Split('\n');
        double cpu = lines.Length > 0 ? ChildrenCpu(lines[^1]) : double.NaN;
        return new TimedChildRun(seconds, cpu, process.ExitCode, string.Join('\n', lines[..Math.Max(0, lines.Length - 2)]));
    }

    // "0m1.234s 0m0.056s": user and system minutes and seconds.
    private static double ChildrenCpu(string line)
    {
        double total = 0;
        foreach (var part in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int m = part.IndexOf('m');
            if (m < 0 || !part.EndsWith('s')) return double.NaN;
            total += double.Parse(part[..m], CultureInfo.InvariantCulture) * 60 + double.Parse(part[(m + 1)..^1], CultureInfo.InvariantCulture);
        }
        return total;
    }
}
