using System.Diagnostics;
using Lede.Benchmarks.Corpus;

namespace Lede.Benchmarks;

/// <summary>
/// What the parts beyond the body cost: the same pages extracted with everything, with the body alone (no
/// metadata, no figures or related links, no quotations) and with each part alone. The variants are interleaved
/// page by page, in a rotating order, so that the machine's speed — which on a shared VM swings by half from one
/// second to the next — is the same for all of them; each pass gives each variant's time over the body alone's,
/// and the report is the median of those ratios over the passes.
/// </summary>
internal static class PartsCostRunner
{
    private const int TimedPasses = 15;

    private static readonly (string Name, ExtractionOptions Options)[] Variants =
    [
        ("body alone", new ExtractionOptions { Parts = PipelineParts.Body }),
        ("everything", new ExtractionOptions()),
        ("body + metadata", new ExtractionOptions { Parts = PipelineParts.Metadata }),
        ("body + figures", new ExtractionOptions { Parts = PipelineParts.Figures }),
        ("body + meta + fig", new ExtractionOptions { Parts = PipelineParts.Metadata | PipelineParts.Figures }),
        ("body + quotes", new ExtractionOptions { Parts = PipelineParts.Quotes }),
    ];

    public static int Run(string[] args)
    {
        if (args.Length > 1 || args is ["-h" or "--help"])
        {
            Console.Error.WriteLine("usage: parts [DIR]   (the cost of metadata, figures and quotations against the body alone)");
            return 2;
        }
        var set = ThroughputRunner.LoadSet(args);
        ThroughputRunner.PrintSetup(set);
        ThroughputRunner.WarmUp(set);
        Pass(set, 0);

        var seconds = new double[TimedPasses][];
        for (int pass = 0; pass < TimedPasses; pass++)
        {
            seconds[pass] = Pass(set, pass);
            Console.WriteLine($"pass {pass + 1,2}: body alone {seconds[pass][0]:0.000} s, everything {seconds[pass][1] / seconds[pass][0] - 1,7:+0.0%;-0.0%}, " +
                              $"metadata + figures {seconds[pass][4] / seconds[pass][0] - 1,7:+0.0%;-0.0%}");
        }

        Console.WriteLine();
        Console.WriteLine($"{"variant",-18} {"median time",12} {"rate",30}   cost over the body alone: median of passes (quartiles)   share of its own time");
        for (int v = 0; v < Variants.Length; v++)
        {
            var ratios = seconds.Select(s => s[v] / s[0]).Order().ToArray();
            double median = ratios[ratios.Length / 2], time = Medians.Of(seconds.Select(s => s[v]));
            Console.WriteLine($"{Variants[v].Name,-18} {time,10:0.000} s {ThroughputRunner.Rates(set, time)}   " +
                              $"{median - 1,7:+0.0%;-0.0%} ({ratios[ratios.Length / 4] - 1:+0.0%;-0.0%} … {ratios[3 * ratios.Length / 4] - 1:+0.0%;-0.0%})" +
                              $"{(v == 0 ? "" : $"{1 - 1 / median,28:0.0%}")}");
        }
        return 0;
    }

    // One pass: every page through every variant, the variants' order rotated from page to page and pass to pass.
    private static double[] Pass(PageSet set, int pass)
    {
        var ticks = new long[Variants.Length];
        for (int p = 0; p < set.Pages.Count; p++)
        {
            var page = set.Pages[p];
            for (int k = 0; k < Variants.Length; k++)
            {
                int v = (p + pass + k) % Variants.Length;
                long start = Stopwatch.GetTimestamp();
                Extractor.Extract(page.Bytes, page.Url, Variants[v].Options);
                ticks[v] += Stopwatch.GetTimestamp() - start;
            }
        }
        return ticks.Select(t => (double)t / Stopwatch.Frequency).ToArray();
    }
}
