using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Lede.Benchmarks.Corpus;

namespace Lede.Benchmarks;

/// <summary>
/// Shows a benchmark's mean time as documents or megabytes (10^6 bytes) per second, from the
/// <see cref="IWorkload"/> among its parameters (a page, or a set of pages).
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private readonly bool _bytes;

    private ThroughputColumn(bool bytes) => _bytes = bytes;

    public static readonly IColumn DocsPerSecond = new ThroughputColumn(bytes: false);

    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn(bytes: true);

    public string Id => _bytes ? "Lede.MBps" : "Lede.DocsPerSec";

    public string ColumnName => _bytes ? "MB/s" : "docs/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _bytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _bytes
        ? "Input megabytes (10^6 bytes) handled per second, from the mean time"
        : "Pages handled per second, from the mean time";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var workload = benchmarkCase.Parameters.Items.Select(p => p.Value).OfType<IWorkload>().FirstOrDefault();
        if (meanNanoseconds is not > 0 || workload is null)
            return "-";
        double seconds = meanNanoseconds.Value / 1e9;
        return _bytes
            ? (workload.Bytes / 1e6 / seconds).ToString("N2", style.CultureInfo)
            : (workload.Documents / seconds).ToString("N1", style.CultureInfo);
    }

    public override string ToString() => ColumnName;
}
