namespace Lede.Warc;

/// <summary>
/// Damage found in the input: where, which record if known, and why, in one line. The reader has already skipped
/// past it and goes on with the next record.
/// </summary>
public sealed class WarcProblem : WarcItem
{
    internal WarcProblem(long offset, WarcOffsetKind offsetKind, WarcProblemKind kind, string reason, string? recordId = null, string? targetUri = null)
        : base(offset, offsetKind, recordId, targetUri)
    {
        Kind = kind;
        Reason = reason;
    }

    /// <summary>What went wrong.</summary>
    public WarcProblemKind Kind { get; }

    /// <summary>One line, saying what was skipped or repaired.</summary>
    public string Reason { get; }

    /// <summary>
    /// True when a record that may have held a page was dropped (too large, or unreadable); false when framing was
    /// repaired or junk skipped, and whatever page was there came out as a <see cref="WarcDocument"/>.
    /// </summary>
    public bool LostRecord => Kind is WarcProblemKind.TooLarge or WarcProblemKind.Unreadable;

    /// <inheritdoc/>
    public override string ToString() => $"{Where}{(RecordId is null ? "" : " (" + RecordId + ")")}: {Reason}";
}
