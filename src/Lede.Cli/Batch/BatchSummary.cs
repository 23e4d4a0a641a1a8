using System.Globalization;
using System.Text;

namespace Lede.Cli.Batch;

/// <summary>
/// The summary a batch ends with, on stderr: documents by status, archive problems, skipped records, time and rates.
/// Every line written is counted once: the documents' statuses and the <c>archive-problem</c> lines add up to the lines.
/// </summary>
internal static class BatchSummary
{
    public static string Format(BatchStats stats)
    {
        var seconds = Math.Max(stats.Elapsed.TotalSeconds, 1e-6);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"lede batch: {stats.Documents} documents: ");
        // not-fetched only arises from URL lists: named when it happened, not in every summary.
        text.AppendJoin(", ", BatchStatus.All.Where(s => s != BatchStatus.NotFetched || stats.Count(s) > 0).Select(s => $"{stats.Count(s)} {s}"));
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"  parts: {stats.PartsWritten} written");
        if (stats.PartsResumed > 0) text.Append(CultureInfo.InvariantCulture, $", {stats.PartsResumed} already complete (--resume)");
        if (stats.PartsFailed > 0) text.Append(CultureInfo.InvariantCulture, $", {stats.PartsFailed} not written (input unreadable)");
        if (stats.InputsMissing > 0) text.Append(CultureInfo.InvariantCulture, $", {stats.InputsMissing} input{(stats.InputsMissing == 1 ? "" : "s")} missing (skipped)");
        text.Append('\n');
        if (stats.ArchiveProblems > 0 || stats.SkippedRecords.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"  archive: {stats.ArchiveProblems} {BatchStatus.ArchiveProblem} lines (damage repaired or skipped, with its offset), ");
            var skipped = stats.SkippedRecords.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}");
            text.Append(CultureInfo.InvariantCulture, $"{stats.SkippedRecords.Values.Sum()} records without an HTML page skipped");
            if (stats.SkippedRecords.Count > 0) text.Append(" (").AppendJoin(", ", skipped).Append(')');
            text.Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture,
            $"  {seconds:0.00} s, {stats.Documents / seconds:0.0} docs/s, {stats.BytesRead / seconds / 1e6:0.00} MB/s of input");
        return text.ToString();
    }
}
