using System.Buffers;

namespace Lede.Warc;

/// <summary>
/// An HTML page read from a <c>response</c> or <c>resource</c> record (or an ARC record): transfer and content
/// encodings undone, ready for <see cref="Extractor"/>.
/// </summary>
public sealed class WarcDocument : WarcItem
{
    private readonly ArrayPool<byte>? _pool;
    private byte[]? _rented;

    internal WarcDocument(
        long offset, WarcOffsetKind offsetKind, string? recordId, string? targetUri, string recordType,
        DateTimeOffset? date, int? httpStatus, string? contentType, string? charset, ReadOnlyMemory<byte> body, string? defect,
        ArrayPool<byte>? pool = null, byte[]? rented = null)
        : base(offset, offsetKind, recordId, targetUri)
    {
        _pool = pool;
        _rented = rented;
        RecordType = recordType;
        Date = date;
        HttpStatus = httpStatus;
        ContentType = contentType;
        Charset = charset;
        Body = body;
        Defect = defect;
    }

    /// <summary>The <c>WARC-Type</c>: <c>response</c> or <c>resource</c>; <c>arc</c> for an ARC record.</summary>
    public string RecordType { get; }

    /// <summary>The capture time (<c>WARC-Date</c>, or the ARC header's date); null when absent or unreadable.</summary>
    public DateTimeOffset? Date { get; }

    /// <summary>The HTTP status code; null when the record holds no HTTP message (a <c>resource</c> record).</summary>
    public int? HttpStatus { get; }

    /// <summary>The media type, lower case and without parameters (<c>text/html</c>); null when none was declared.</summary>
    public string? ContentType { get; }

    /// <summary>The <c>charset</c> parameter of the Content-Type, for <see cref="ExtractionOptions.Charset"/>; null when none.</summary>
    public string? Charset { get; }

    /// <summary>
    /// The page's bytes, as the server meant them (chunks joined, gzip/deflate/br undone). The array is the
    /// document's own copy, never reused by the reader, so it stays valid after the enumeration moves on and may
    /// be handed to another thread: a batch puts documents on a channel to parallel workers, which a buffer valid
    /// only until the next item would force to copy anyway. The copy costs a memcpy per page, next to
    /// milliseconds of extraction. With <see cref="WarcReaderOptions.BodyPool"/> the array is rented, and valid
    /// until <see cref="ReleaseBody"/>; empty after it.
    /// </summary>
    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>
    /// Done with <see cref="Body"/>: it becomes empty, and a body rented from <see cref="WarcReaderOptions.BodyPool"/>
    /// goes back to the pool, to be the body of a later document. Call it once nothing reads the body any more (a
    /// copy of <see cref="Body"/> taken before is not valid after). Calling it again does nothing, and neither does
    /// calling it on a body of its own. Not to be called while another thread still reads the body.
    /// </summary>
    public void ReleaseBody()
    {
        Body = default;
        if (Interlocked.Exchange(ref _rented, null) is { } array)
            _pool!.Return(array);
    }

    /// <summary>
    /// A one-line note when the page was read despite damage (chunked encoding broken so the raw body was used,
    /// a Content-Encoding cut short, a record the crawler marked truncated); null when it read cleanly.
    /// </summary>
    public string? Defect { get; }
}
