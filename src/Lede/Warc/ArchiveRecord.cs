namespace Lede.Warc;

/// <summary>
/// A record that may hold a page (a WARC <c>response</c> or <c>resource</c>, an ARC record), framed but not yet
/// decoded. <see cref="Block"/> lies in the reader's pooled buffer: valid until the reader's next record.
/// </summary>
internal sealed class ArchiveRecord
{
    public required long Offset { get; init; }

    public required WarcOffsetKind OffsetKind { get; init; }

    /// <summary><c>response</c>, <c>resource</c>, or <c>arc</c>.</summary>
    public required string Type { get; init; }

    public string? RecordId { get; init; }

    public string? TargetUri { get; init; }

    public DateTimeOffset? Date { get; init; }

    /// <summary>The record's own Content-Type (the payload's type for a <c>resource</c> or ARC record).</summary>
    public string? ContentType { get; init; }

    /// <summary>The <c>WARC-Truncated</c> reason, when the crawler cut the payload.</summary>
    public string? Truncated { get; init; }

    /// <summary>The block's length as declared.</summary>
    public required long DeclaredLength { get; init; }

    /// <summary>The block, or only its start when <see cref="Complete"/> is false (the record is over the size cap).</summary>
    public required Memory<byte> Block { get; init; }

    /// <summary>False when the block was larger than the cap and only its start was read, to tell HTML from the rest.</summary>
    public required bool Complete { get; init; }

    /// <summary>Set when the data ended inside the block: what there is was kept, and this says how much.</summary>
    public string? CutOff { get; init; }
}
