using System.Globalization;

namespace Lede.Benchmarks;

/// <summary>The arguments of the runners that run the batch over copies of a WARC: <c>[WARC] [--copies C] [--jobs J] [--rounds R]</c>.</summary>
internal sealed record WarcRunArgs(string Warc, int Copies, int Jobs, int Rounds)
{
    /// <summary>The arguments, or null after a usage line or a missing WARC on stderr.</summary>
    public static WarcRunArgs? Parse(string[] args, string runner, int copies, int jobs, int rounds)
    {
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
                    Console.Error.WriteLine($"usage: {runner} [WARC] [--copies {copies}] [--jobs {jobs}] [--rounds {rounds}]   (WARC: default the shared scrapinghub-181.warc.gz)");
                    return null;
            }
        }
        return BatchChild.FindWarc(given, runner) is { } warc ? new WarcRunArgs(warc, copies, jobs, rounds) : null;
    }
}
