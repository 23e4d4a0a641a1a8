using Lede.Benchmarks.Corpus;

namespace Lede.Benchmarks;

/// <summary>
/// What the parts beyond the body cost: the same pages extracted with everything and with the body alone
/// (no metadata, no figures or related links, no quotations) and with each part alone, the passes interleaved in one run so that a busy
/// machine slows both alike; reported as medians and as the ratio of the two.
/// </summary>
internal static class PartsCostRunner
{
    private const int TimedPasses = 9;

    public static int Run(string[] args)
    {
        if (args.Length > 1 || args is ["-h" or "--help"])
        {
            Console.Error.WriteLine("usage: parts [DIR]   (the cost of metadata and figures against the body alone)");
            return 2;
        }
        var set = ThroughputRunner.LoadSet(args);
        ThroughputRunner.PrintSetup(set);
        var variants = new (string Name, ExtractionOptions Options)[]
        {
            ("everything", new ExtractionOptions()),
            ("body alone", new ExtractionOptions { Parts = PipelineParts.Body }),
            ("body + metadata", new ExtractionOptions { Parts = PipelineParts.Metadata }),
            ("body + figures", new ExtractionOptions { Parts = PipelineParts.Figures }),
            ("body + meta + fig", new ExtractionOptions { Parts = PipelineParts.Metadata | PipelineParts.Figures }),
            ("body + quotes", new ExtractionOptions { Parts = PipelineParts.Quotes }),
        };
        ThroughputRunner.WarmUp(set);
        foreach (var (_, options) in variants) ThroughputRunner.Pass(set, options);

        var wall = variants.Select(_ => new List<double>()).ToArray();
        for (int pass = 0; pass < TimedPasses; pass++)
            for (int v = 0; v < variants.Length; v++)
            {
                var timing = ThroughputRunner.TimedPass(set, variants[v].Options);
                wall[v].Add(timing.WallSeconds);
            }

        // Interference from other processes only ever adds time, so the quickest pass of each kind is the least
        // disturbed; the ratio of those is the figure, the medians are shown beside it. (Wall time: this VM's
        // process CPU time was seen to run below wall time by half on a single-threaded pass.)
        double baseBest = wall[1].Min(), baseMedian = Median(wall[1]);
        Console.WriteLine();
        Console.WriteLine($"{"variant",-18} {"best wall",10} {"median wall",12}  rate (best)                      cost over the body alone: best (median)");
        for (int v = 0; v < variants.Length; v++)
        {
            double best = wall[v].Min(), median = Median(wall[v]);
            Console.WriteLine($"{variants[v].Name,-18} {best,8:0.000} s {median,10:0.000} s  {ThroughputRunner.Rates(set, best)}   " +
                              $"{(best / baseBest - 1) * 100,6:+0.0;-0.0}% ({(median / baseMedian - 1) * 100:+0.0;-0.0}%)");
        }
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
