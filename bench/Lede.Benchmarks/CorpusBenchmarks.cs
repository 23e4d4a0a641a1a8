using BenchmarkDotNet.Attributes;
using Lede.Benchmarks.Corpus;

namespace Lede.Benchmarks;

/// <summary>
/// The whole golden set in one operation, so one number covers pages of every size and shape;
/// the docs/s and MB/s columns turn its time into throughput.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LedeBenchConfig))]
public class CorpusBenchmarks // BenchmarkDotNet derives from benchmark classes, so they cannot be sealed.
{
    [ParamsSource(nameof(Sets))]
    public PageSet Set { get; set; } = null!;

    public static IEnumerable<PageSet> Sets() => [PageCorpus.Golden()];

    [Benchmark(Baseline = true)]
    public int ParseAll()
    {
        int nodes = 0;
        foreach (var page in Set.Pages)
            nodes += ParserBaseline.Parser.ParseDocument(page.Text).All.Length;
        return nodes;
    }

    [Benchmark]
    public int ExtractAll()
    {
        int blocks = 0;
        foreach (var page in Set.Pages)
            blocks += Extractor.Extract(page.Bytes, page.Url).Article?.Blocks.Count ?? 0;
        return blocks;
    }
}
