namespace Lede.Warc;

/// <summary>One thing a <see cref="WarcReader"/> hands out: a <see cref="WarcDocument"/> or a <see cref="WarcProblem"/>.</summary>
public abstract class WarcItem
{
    private protected WarcItem(long offset, WarcOffsetKind offsetKind, string? recordId, string? targetUri)
    {
        Offset = offset;
        OffsetKind = offsetKind;
        RecordId = recordId;
        TargetUri = targetUri;
    }

    /// <summary>Where the record (or the damage) starts; <see cref="OffsetKind"/> says in which bytes.</summary>
    public long Offset { get; }

    /// <summary>Whether <see cref="Offset"/> counts bytes of the file or of the decompressed data.</summary>
    public WarcOffsetKind OffsetKind { get; }

    /// <summary>The <c>WARC-Record-ID</c> as written, angle brackets included; null for ARC records and when unknown.</summary>
    public string? RecordId { get; }

    /// <summary>The <c>WARC-Target-URI</c> (or ARC URL) without surrounding whitespace and angle brackets; null when unknown.</summary>
    public string? TargetUri { get; }

    /// <summary>The offset in words, for messages: "byte 886 of the file" or "byte 5120 of the decompressed data".</summary>
    public string Where => OffsetKind == WarcOffsetKind.File
        ? $"byte {Offset} of the file"
        : $"byte {Offset} of the decompressed data";
}
