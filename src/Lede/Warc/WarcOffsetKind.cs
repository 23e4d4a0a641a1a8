namespace Lede.Warc;

/// <summary>What a <see cref="WarcItem.Offset"/> counts bytes of.</summary>
public enum WarcOffsetKind
{
    /// <summary>
    /// Bytes of the input as given: the record's own position in a plain file, or the start of the gzip member the
    /// record begins in (the number a CDX index holds: seek there and gunzip to get the record).
    /// </summary>
    File,

    /// <summary>
    /// Bytes of the decompressed data: the record sits inside a gzip member that holds other records too (a whole
    /// file compressed as one stream), so no position in the compressed file points at it.
    /// </summary>
    Decompressed,
}
