using System.Diagnostics;
using Lede.Benchmarks.Corpus;
using Lede.Quotes;

namespace Lede.Benchmarks;

/// <summary>
/// <c>quote-cost [DIR]</c>: what the quotation stage costs inside extraction. Times, over the same pages and after
/// a warm-up, full extraction (which runs the stage) and the stage alone on each extracted article's text, and
/// reports the stage's share of extraction time: the median of several interleaved passes, single thread.
/// </summary>
internal static class QuoteCostRunner
{
    private const int WarmUpPasses = 3;
    private const int TimedPasses = 7;

    public static int Run(string[] args)
    {
        var set = ThroughputRunner.LoadSet(args);
        var texts = set.Pages.Select(p => Extractor.Extract(p.Bytes, p.Url).Article?.Text ?? "").ToList();
        int quotations = texts.Sum(t => QuoteStage.Analyze(t).Quotations.Count);
        Console.WriteLine($"quote stage cost: {set.Documents} pages ({set.Name}), {texts.Sum(t => t.Length) / 1e6:N2} M chars of body text, {quotations} quotations");
        for (int i = 0; i < WarmUpPasses; i++)
        {
            ExtractPass(set);
            StagePass(texts);
        }
        var extract = new double[TimedPasses];
        var stage = new double[TimedPasses];
        for (int run = 0; run < TimedPasses; run++)
        {
            extract[run] = Time(() => ExtractPass(set));
            stage[run] = Time(() => StagePass(texts));
            Console.WriteLine($"run {run + 1}: extraction {extract[run] * 1000,8:0.0} ms   quote stage {stage[run] * 1000,7:0.0} ms   share {stage[run] / extract[run]:P1}");
        }
        double e = Medians.Of(extract), s = Medians.Of(stage);
        Console.WriteLine($"median: extraction {e * 1000:0.0} ms, quote stage {s * 1000:0.0} ms: the stage is {s / e:P1} of extraction time");
        return 0;
    }

    private static double Time(Action pass)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        pass();
        return watch.Elapsed.TotalSeconds;
    }

    private static void ExtractPass(PageSet set)
    {
        foreach (var page in set.Pages) Extractor.Extract(page.Bytes, page.Url);
    }

    private static void StagePass(List<string> texts)
    {
        foreach (var text in texts) QuoteStage.Analyze(text);
    }
}
