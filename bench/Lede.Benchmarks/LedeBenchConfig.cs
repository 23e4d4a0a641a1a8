using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace Lede.Benchmarks;

/// <summary>Adds the docs/s and MB/s columns to every Lede benchmark, and room for whole page slugs.</summary>
internal sealed class LedeBenchConfig : ManualConfig
{
    // Golden page slugs run to about 30 characters; BenchmarkDotNet cuts parameters at 20 by default.
    private const int SlugWidth = 40;

    public LedeBenchConfig()
    {
        AddColumn(ThroughputColumn.DocsPerSecond, ThroughputColumn.MegabytesPerSecond);
        SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(SlugWidth);
    }
}
