using System.Buffers;

namespace Lede.Warc;

/// <summary>
/// Turns a framed record into a page: reads the HTTP head when the block holds one, decides whether the payload
/// is HTML, undoes chunking and content coding, and gives the body its own array. Not HTML is a skip, not a problem.
/// </summary>
internal sealed class DocumentDecoder(PooledBuffer blocks, PooledBuffer decoded, ArrayPool<byte>? bodyPool)
{
    /// <summary>A document or a problem; null with <paramref name="skippedAs"/> set when the record holds no HTML.</summary>
    public WarcItem? Decode(ArchiveRecord record, out string? skippedAs)
    {
        skippedAs = null;
        try
        {
            return DecodeRecord(record, out skippedAs);
        }
        catch (Exception e) when (e is not (OperationCanceledException or IOException or OutOfMemoryException))
        {
            // A safety net, not a path: one record's surprise must not end a batch of millions.
            return Problem(record, WarcProblemKind.Unreadable, $"the record could not be decoded ({e.GetType().Name}: {e.Message})");
        }
    }

    private WarcItem? DecodeRecord(ArchiveRecord record, out string? skippedAs)
    {
        skippedAs = null;
        var block = record.Block;
        HttpHead? head = null;
        var contentType = record.ContentType;
        if (HttpHead.StartsHttp(block.Span))
        {
            head = HttpHead.Parse(block.Span);
            // An ARC header names the payload's type too; WARC's record type is application/http here.
            contentType = head.ContentType ?? (record.Type == "arc" ? record.ContentType : null);
        }
        else if (record.Type == "response" && contentType is not null && contentType.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(record, WarcProblemKind.Unreadable, "the response record holds no HTTP status line");
        }

        var media = MediaType.Parse(contentType);
        if (media.Type is not null && !media.IsHtml)
        {
            skippedAs = record.Type + ": not HTML";
            return null;
        }
        if (record.CutOff is not null && head is { Terminated: false })
            return Problem(record, WarcProblemKind.Unreadable, "the record is cut off inside its HTTP header");
        if (!record.Complete)
        {
            return Problem(record, WarcProblemKind.TooLarge,
                $"the record's block is {record.DeclaredLength} bytes, over the limit of {decoded.Cap}");
        }

        var defects = new List<string>(2);
        AddDefect(defects, record.CutOff);
        if (record.Truncated is { Length: > 0 } truncated)
            defects.Add($"the crawler truncated the record ({truncated})");
        var bodyStart = head?.BodyStart ?? 0;
        var body = block[bodyStart..];
        if (head?.TransferEncoding is { } transfer && transfer.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            var length = ChunkedBody.Decode(body.Span, out var chunkDefect);
            body = body[..length];
            AddDefect(defects, chunkDefect);
        }
        ReadOnlyMemory<byte> payload = body;
        if (head?.ContentEncoding is { Length: > 0 } codings)
        {
            switch (ContentDecoding.Decode(body, codings, decoded, out payload, out var codingDefect))
            {
                case ContentDecoding.Result.TooLarge:
                    return Problem(record, WarcProblemKind.TooLarge, $"the body decodes to more than the limit of {decoded.Cap} bytes");
                case ContentDecoding.Result.Unsupported:
                    return Problem(record, WarcProblemKind.Unreadable, $"Content-Encoding {codingDefect} is not supported");
            }
            AddDefect(defects, codingDefect);
        }
        // The body is the document's own: a new array; or, with the caller's pool, the pooled array it was read or
        // decoded into, handed over whole (copying it out took some 2% of the batch's CPU time), and a copy into an
        // array rented from the pool only when it lies anywhere else.
        byte[]? rented = null;
        ReadOnlyMemory<byte> copy;
        if (bodyPool is null)
        {
            copy = payload.ToArray();
        }
        else if (blocks.TryHandOver(payload, bodyPool, out rented) || decoded.TryHandOver(payload, bodyPool, out rented))
        {
            copy = payload;
        }
        else
        {
            rented = bodyPool.Rent(payload.Length);
            payload.Span.CopyTo(rented);
            copy = rented.AsMemory(0, payload.Length);
        }
        return new WarcDocument(record.Offset, record.OffsetKind, record.RecordId, record.TargetUri, record.Type, record.Date,
            head?.Status, media.Type, media.Charset, copy, defects.Count == 0 ? null : string.Join("; ", defects), bodyPool, rented);
    }

    private static void AddDefect(List<string> defects, string? defect)
    {
        if (defect is not null)
            defects.Add(defect);
    }

    private static WarcProblem Problem(ArchiveRecord record, WarcProblemKind kind, string reason) =>
        new(record.Offset, record.OffsetKind, kind, reason, record.RecordId, record.TargetUri);
}
