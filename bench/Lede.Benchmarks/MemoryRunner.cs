using System.Globalization;

namespace Lede.Benchmarks;

/// <summary>
/// The memory-flat check of <c>lede batch</c>: runs the built CLI over a WARC once and over the same WARC many times
/// concatenated, each several times in turn, and reports the peak resident memory of each run and the ratio of the
/// medians. Flat means the long run peaks within 10% of the short one: the batch holds a bounded window of
/// documents, never the input.
/// </summary>
internal static class MemoryRunner
{
    public static int Run(string[] args)
    {
        int copies = 20, jobs = 2, rounds = 3;
        string? given = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--copies" when i + 1 < args.Length: copies = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--jobs" when i + 1 < args.Length: jobs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--rounds" when i + 1 < args.Length: rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case var path when !path.StartsWith('-'): given = path; break;
                default:
                    Console.Error.WriteLine("usage: memory [WARC] [--copies 20] [--jobs 2] [--rounds 3]   (WARC: default the shared scrapinghub-181.warc.gz)");
                    return 2;
            }
        }
        if (BatchChild.FindWarc(given, "memory") is not { } warc) return 1;
        if (!OperatingSystem.IsLinux())
        {
            Console.Error.WriteLine("memory: reads peak RSS from /proc, so runs on Linux only");
            return 1;
        }

        var bytes = File.ReadAllBytes(warc);
        Console.WriteLine($"lede batch memory: {Path.GetFileName(warc)} ({bytes.Length / 1e6:0.00} MB), --jobs {jobs}, stdin, JSONL output to a temporary folder");
        var one = new List<double>();
        var many = new List<double>();
        for (int round = 0; round < rounds; round++)
        {
            one.Add(Show(1, BatchChild.Run(bytes, 1, jobs)));
            many.Add(Show(copies, BatchChild.Run(bytes, copies, jobs)));
        }
        double growth = Median(many) / Median(one) - 1;
        Console.WriteLine($"median peak RSS: 1× {Median(one):0.0} MB, {copies}× {Median(many):0.0} MB: {1 + growth:0.000} ({growth:+0.0%;-0.0%}); " +
                          (Math.Abs(growth) <= 0.10 ? "flat (within 10%)" : "NOT flat (over 10%)"));
        return 0;
    }

    private static double Show(int copies, BatchChildRun run)
    {
        Console.WriteLine($"{copies,3}×: peak RSS {run.PeakMb,6:0.0} MB, {run.Seconds,6:0.0} s, exit {run.ExitCode}; {run.Summary}");
        return run.PeakMb;
    }

    internal static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
