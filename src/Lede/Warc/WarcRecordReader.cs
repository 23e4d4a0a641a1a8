namespace Lede.Warc;

/// <summary>
/// Frames WARC records (WARC 1.1 §4, and 1.0): version line, named fields, a block of Content-Length bytes, then
/// CRLF CRLF. Records of other types than <c>response</c> and <c>resource</c> are skipped without being read into
/// memory. When a block's end is not followed by CRLF CRLF, the Content-Length was wrong (or the data damaged):
/// the record is cut or extended to where the next version line starts, and reading resynchronises there.
/// </summary>
internal sealed class WarcRecordReader(ArchiveBuffer input, ProblemSink problems, WarcCounts counts, WarcReaderOptions options, PooledBuffer block)
    : IRecordReader
{
    // How much junk is looked at in one step; a longer line is skipped in several.
    private const int JunkWindow = 64 * 1024;

    private static ReadOnlySpan<byte> EndMarker => "\r\n\r\n"u8;

    private Pending? _pending;

    public ArchiveRecord? Next(CancellationToken cancellationToken)
    {
        FinishPending();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SeekRecord())
                return null;
            var start = input.Position;
            var (offset, offsetKind) = input.Locate(start);
            input.SkipLine();
            var header = WarcHeader.Read(input, options.MaxHeaderBytes, out var error);
            if (header is null)
            {
                var skipped = SkipToNextRecord();
                problems.At(start, WarcProblemKind.Unreadable, error + Skipped(skipped));
                continue;
            }
            var uri = FieldValues.CleanUri(header.TargetUri);
            if (header.Length is not { } length)
            {
                var skipped = SkipToNextRecord();
                var declared = header.ContentLength is null ? "no Content-Length" : $"Content-Length '{header.ContentLength}' is not a number";
                problems.At(start, WarcProblemKind.Unreadable, $"the record header has {declared}" + Skipped(skipped), header.RecordId, uri);
                continue;
            }
            counts.AddRecord();
            var type = header.Type ?? "";
            if (!IsCandidate(type))
            {
                counts.AddSkipped(type.Length == 0 ? "(no WARC-Type)" : type);
                var skipped = input.Skip(length);
                if (skipped < length)
                    problems.At(start, WarcProblemKind.Misframed, CutOff(skipped, length), header.RecordId, uri);
                else
                    CheckEnd(start, header, -1);
                continue;
            }

            var complete = length <= block.Cap;
            var take = complete ? (int)length : Math.Min(block.Cap, options.MaxHeaderBytes);
            var got = input.Read(block.Reserve(take).Span);
            string? cutOff = null;
            var blockLength = got;
            if (got < take)
            {
                cutOff = CutOff(got, length);
                problems.At(start, WarcProblemKind.Misframed, cutOff, header.RecordId, uri);
            }
            else if (complete)
                blockLength = CheckEnd(start, header, take);
            else
                _pending = new Pending(start, header, length - take);
            return new ArchiveRecord
            {
                Offset = offset,
                OffsetKind = offsetKind,
                Type = type.ToLowerInvariant(),
                RecordId = header.RecordId,
                TargetUri = uri,
                Date = FieldValues.ParseWarcDate(header.Date),
                ContentType = header.ContentType,
                Truncated = header.Truncated,
                DeclaredLength = length,
                Block = block.Reserve(blockLength, blockLength),
                Complete = complete,
                CutOff = cutOff,
            };
        }
    }

    private static bool IsCandidate(string type) =>
        type.Equals("response", StringComparison.OrdinalIgnoreCase) || type.Equals("resource", StringComparison.OrdinalIgnoreCase);

    private static string CutOff(long got, long length) => $"the record is cut off: the data ends {got} bytes into its {length}-byte block";

    private static string Skipped(long skipped) => skipped > 0 ? $"; skipped {skipped} bytes to the next record" : "";

    /// <summary>Skips the rest of a block too large to read (its record was already handed out) and checks its end.</summary>
    private void FinishPending()
    {
        if (_pending is not { } pending)
            return;
        _pending = null;
        var skipped = input.Skip(pending.Remaining);
        if (skipped < pending.Remaining)
        {
            var length = pending.Header.Length!.Value;
            problems.At(pending.Start, WarcProblemKind.Misframed, CutOff(length - pending.Remaining + skipped, length),
                pending.Header.RecordId, FieldValues.CleanUri(pending.Header.TargetUri));
            return;
        }
        CheckEnd(pending.Start, pending.Header, -1);
    }

    /// <summary>
    /// Moves to the next version line: passes blank lines quietly, reports anything else as garbage, reports
    /// breaks in the compressed data and goes on after them. False at the end of the input.
    /// </summary>
    private bool SeekRecord()
    {
        var junk = new JunkRun(problems, "WARC");
        while (true)
        {
            var next = input.Peek(32);
            if (next.IsEmpty)
            {
                junk.Report();
                if (!problems.ResumeAfterDamage())
                    return false;
                continue;
            }
            if (RecordLines.IsVersionLine(next))
            {
                junk.Report();
                return true;
            }
            if (junk.IsEmpty && next[0] is (byte)'\r' or (byte)'\n')
            {
                input.Advance(1);
                continue;
            }
            junk.Add(input.Position, SkipJunk());
        }
    }

    /// <summary>Skips a line of junk, or up to a version line inside it; the bytes skipped.</summary>
    private int SkipJunk()
    {
        var junk = RecordLines.JunkLength(input.Peek(JunkWindow));
        input.Advance(junk);
        return junk;
    }

    /// <summary>Skips whole lines up to the next version line (or the end of the segment); the bytes skipped.</summary>
    private long SkipToNextRecord()
    {
        long skipped = 0;
        while (true)
        {
            var next = input.Peek(32);
            if (next.IsEmpty || RecordLines.IsVersionLine(next))
                return skipped;
            skipped += SkipJunk();
        }
    }

    /// <summary>
    /// Checks that CRLF CRLF follows the block, and repairs the framing when it does not. For a block held in the
    /// buffer (<paramref name="blockLength"/> ≥ 0), the record is cut or extended to where the next record starts;
    /// the block's new length is returned.
    /// </summary>
    private int CheckEnd(long start, WarcHeader header, int blockLength)
    {
        var after = input.Peek(EndMarker.Length);
        if (after.SequenceEqual(EndMarker))
        {
            input.Advance(EndMarker.Length);
            return blockLength;
        }
        var uri = FieldValues.CleanUri(header.TargetUri);
        if (after.Length < EndMarker.Length && !after.ContainsAnyExcept("\r\n"u8))
        {
            input.Advance(after.Length);
            problems.At(start, WarcProblemKind.Misframed, "the data ends without the CRLF CRLF that closes the record", header.RecordId, uri);
            return blockLength;
        }
        if (blockLength >= 0 && Refit(blockLength) is { } refit)
        {
            problems.At(start, WarcProblemKind.Misframed,
                $"Content-Length is {header.ContentLength} but the next record starts after {refit} bytes of block; the record was read as {refit} bytes",
                header.RecordId, uri);
            return refit;
        }
        var skipped = SkipToNextRecord();
        problems.At(start, WarcProblemKind.Misframed,
            $"the {header.ContentLength}-byte block is followed by {skipped} bytes that are neither CRLF CRLF nor a record; skipped to the next record",
            header.RecordId, uri);
        return blockLength;
    }

    /// <summary>
    /// The block's true length when the next record can be found inside the block (the Content-Length was too
    /// long: those bytes are pushed back) or shortly after it (too short: they are appended); null when not.
    /// </summary>
    private int? Refit(int blockLength)
    {
        var bytes = block.Reserve(blockLength, blockLength).Span;
        var inside = RecordLines.Find(bytes, 1, startsLine: false);
        if (inside > 0)
        {
            input.Unread(bytes[inside..]);
            return RecordLines.EndBefore(bytes, inside);
        }
        var ahead = input.Peek(Math.Min(ArchiveBuffer.WindowSize, block.Cap - blockLength));
        var next = RecordLines.Find(ahead, 0, startsLine: blockLength > 0 && bytes[^1] == '\n');
        if (next < 0)
            return null;
        var extended = block.Reserve(blockLength + next, blockLength).Span;
        ahead[..next].CopyTo(extended[blockLength..]);
        input.Advance(next);
        return RecordLines.EndBefore(extended, extended.Length);
    }

    /// <summary>A record whose block was too large to read, handed out; the rest of its block is skipped next.</summary>
    private sealed record Pending(long Start, WarcHeader Header, long Remaining);
}
