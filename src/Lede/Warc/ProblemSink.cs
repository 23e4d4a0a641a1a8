namespace Lede.Warc;

/// <summary>Problems found while framing records, queued in input order until the enumeration hands them out.</summary>
internal sealed class ProblemSink(ArchiveBuffer input)
{
    private readonly Queue<WarcProblem> _queue = new();

    public int Count => _queue.Count;

    public WarcProblem Dequeue() => _queue.Dequeue();

    /// <summary>A problem at a decompressed position (located in the file when it can be).</summary>
    public void At(long position, WarcProblemKind kind, string reason, string? recordId = null, string? targetUri = null)
    {
        var (offset, offsetKind) = input.Locate(position);
        Add(new WarcProblem(offset, offsetKind, kind, reason, recordId, targetUri));
    }

    /// <summary>A problem at a known file offset.</summary>
    public void Add(WarcProblem problem) => _queue.Enqueue(problem);

    /// <summary>
    /// At the end of an input segment: reports the damage that ended it and lets reading go on after it; false at
    /// the true end of the input.
    /// </summary>
    public bool ResumeAfterDamage()
    {
        if (input.Resume() is not { } damage)
            return false;
        Add(new WarcProblem(damage.Offset, WarcOffsetKind.File, WarcProblemKind.Compression, damage.Reason));
        return true;
    }
}
