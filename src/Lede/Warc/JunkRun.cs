namespace Lede.Warc;

/// <summary>A run of bytes that belong to no record, reported once, as one problem, when the run ends.</summary>
internal sealed class JunkRun(ProblemSink problems, string format)
{
    private long _start;
    private long _count;

    public bool IsEmpty => _count == 0;

    public void Add(long position, long count)
    {
        if (_count == 0)
            _start = position;
        _count += count;
    }

    public void Report()
    {
        if (_count > 0)
            problems.At(_start, WarcProblemKind.Garbage, $"{_count} bytes that are no {format} record skipped");
        _count = 0;
    }
}
