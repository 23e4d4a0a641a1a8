using System.Collections.Concurrent;
using System.Diagnostics;

namespace Lede.Cli.Batch;

/// <summary>Running counts of one batch, updated by the reader and the writer and read by the progress display.</summary>
internal sealed class BatchStats
{
    private readonly ConcurrentDictionary<string, long> _statuses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _skippedRecords = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _bytes;
    private long _written;
    private long _archiveProblems;

    /// <summary>Input bytes to read in all (0 when unknown), for the ETA.</summary>
    public long TotalBytes { get; set; }

    public long BytesRead => Interlocked.Read(ref _bytes);

    /// <summary>Documents written (<c>archive-problem</c> lines not included: with them, every line written).</summary>
    public long Documents => Interlocked.Read(ref _written);

    public long ArchiveProblems => Interlocked.Read(ref _archiveProblems);

    public int PartsWritten { get; set; }

    public int PartsResumed { get; set; }

    public int PartsFailed { get; set; }

    /// <summary>Inputs that did not exist: reported, skipped, and the run's exit code is 1.</summary>
    public int InputsMissing { get; set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public long Count(string status) => _statuses.GetValueOrDefault(status);

    /// <summary>Documents that did not come out ok or empty.</summary>
    public long Failures => Documents - Count(BatchStatus.Ok) - Count(BatchStatus.Empty);

    public IReadOnlyDictionary<string, long> SkippedRecords => _skippedRecords;

    public void AddBytes(long n) => Interlocked.Add(ref _bytes, n);

    public void AddWritten(DocumentOutcome outcome)
    {
        if (outcome.Status == BatchStatus.ArchiveProblem)
        {
            Interlocked.Increment(ref _archiveProblems);
            return;
        }
        _statuses.AddOrUpdate(outcome.Status, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _written);
    }

    public void AddSkippedRecords(IReadOnlyDictionary<string, long> skipped)
    {
        foreach (var (kind, n) in skipped)
            _skippedRecords.AddOrUpdate(kind, n, (_, m) => m + n);
    }
}
