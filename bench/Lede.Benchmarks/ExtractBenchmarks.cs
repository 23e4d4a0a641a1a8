using AngleSharp.Html.Dom;
using BenchmarkDotNet.Attributes;
using Lede.Benchmarks.Corpus;

namespace Lede.Benchmarks;

/// <summary>
/// Per page: Lede's whole extraction from bytes, against AngleSharp parsing the same page's text.
/// The Ratio column is extraction time over parse time for that page.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LedeBenchConfig))]
public class ExtractBenchmarks // BenchmarkDotNet derives from benchmark classes, so they cannot be sealed.
{
    [ParamsSource(nameof(Pages))]
    public BenchPage Page { get; set; } = null!;

    public static IEnumerable<BenchPage> Pages() => PageCorpus.Golden().Pages;

    [Benchmark(Baseline = true)]
    public IHtmlDocument Parse() => ParserBaseline.Parser.ParseDocument(Page.Text);

    [Benchmark]
    public ExtractionResult Extract() => Extractor.Extract(Page.Bytes, Page.Url);
}
