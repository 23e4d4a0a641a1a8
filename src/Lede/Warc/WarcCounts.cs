namespace Lede.Warc;

/// <summary>
/// Running counts of one read, updated as the enumeration goes (a progress display may read the numbers from
/// another thread; <see cref="Skipped"/> is a copy taken under a lock).
/// </summary>
public sealed class WarcCounts
{
    private readonly Dictionary<string, long> _skipped = new(StringComparer.Ordinal);
    private readonly Func<long> _inputBytes;
    private long _records;
    private long _documents;
    private long _problems;

    internal WarcCounts(Func<long> inputBytes) => _inputBytes = inputBytes;

    /// <summary>Records whose header was read, of every type (ARC <c>filedesc</c> records included).</summary>
    public long Records => Volatile.Read(ref _records);

    /// <summary>Documents handed out.</summary>
    public long Documents => Volatile.Read(ref _documents);

    /// <summary>Problems handed out.</summary>
    public long Problems => Volatile.Read(ref _problems);

    /// <summary>Bytes taken from the input stream so far (compressed bytes for a .gz): the figure for MB/s and progress.</summary>
    public long InputBytes => _inputBytes();

    /// <summary>
    /// Records read but not handed out, by kind: the record type (<c>warcinfo</c>, <c>request</c>, <c>metadata</c>,
    /// <c>revisit</c>, <c>filedesc</c>…), or the type and why (<c>response: not HTML</c>).
    /// </summary>
    public IReadOnlyDictionary<string, long> Skipped
    {
        get
        {
            lock (_skipped)
                return new Dictionary<string, long>(_skipped, StringComparer.Ordinal);
        }
    }

    /// <summary>All skipped records together.</summary>
    public long SkippedTotal
    {
        get
        {
            lock (_skipped)
                return _skipped.Values.Sum();
        }
    }

    internal void AddRecord() => Interlocked.Increment(ref _records);

    internal void AddDocument() => Interlocked.Increment(ref _documents);

    internal void AddProblem() => Interlocked.Increment(ref _problems);

    internal void AddSkipped(string kind)
    {
        lock (_skipped)
            _skipped[kind] = _skipped.GetValueOrDefault(kind) + 1;
    }
}
