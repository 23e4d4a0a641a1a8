namespace Lede.Warc;

/// <summary>
/// Frames ARC records: a header line, then as many bytes as it says, then a line feed. The first record
/// (<c>filedesc://</c>) describes the file and gives the format version; the others are candidates for pages.
/// ARC has no closing marker to check a length against, so a wrong length shows up as lines that are no header,
/// reported as garbage up to the next header line.
/// </summary>
internal sealed class ArcRecordReader(ArchiveBuffer input, ProblemSink problems, WarcCounts counts, WarcReaderOptions options, PooledBuffer block)
    : IRecordReader
{
    private const int MaxHeaderLine = 16 * 1024;

    private int _version = 1;
    private (long Start, ArcHeaderLine Header, long Remaining)? _pending;

    public ArchiveRecord? Next(CancellationToken cancellationToken)
    {
        FinishPending();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (SeekHeader() is not var (start, header))
                return null;
            var (offset, offsetKind) = input.Locate(start);
            counts.AddRecord();
            if (header.IsFileDesc)
            {
                ReadFileDesc(start, header);
                continue;
            }
            var complete = header.Length <= block.Cap;
            var take = complete ? (int)header.Length : Math.Min(block.Cap, options.MaxHeaderBytes);
            var got = input.Read(block.Reserve(take).Span);
            string? cutOff = null;
            if (got < take)
            {
                cutOff = CutOff(got, header.Length);
                problems.At(start, WarcProblemKind.Misframed, cutOff, targetUri: FieldValues.CleanUri(header.Url));
            }
            else if (complete)
                SkipNewline();
            else
                _pending = (start, header, header.Length - take);
            return new ArchiveRecord
            {
                Offset = offset,
                OffsetKind = offsetKind,
                Type = "arc",
                TargetUri = FieldValues.CleanUri(header.Url),
                Date = FieldValues.ParseArcDate(header.Date),
                ContentType = header.ContentType,
                DeclaredLength = header.Length,
                Block = block.Reserve(got, got),
                Complete = complete,
                CutOff = cutOff,
            };
        }
    }

    private static string CutOff(long got, long length) => $"the ARC record is cut off: the data ends {got} bytes into its {length} bytes";

    private void FinishPending()
    {
        if (_pending is not var (start, header, remaining))
            return;
        _pending = null;
        var skipped = input.Skip(remaining);
        if (skipped < remaining)
            problems.At(start, WarcProblemKind.Misframed, CutOff(header.Length - remaining + skipped, header.Length), targetUri: FieldValues.CleanUri(header.Url));
        else
            SkipNewline();
    }

    /// <summary>Reads the file header record for its version line (<c>1 0 …</c> or <c>2 0 …</c>) and skips it.</summary>
    private void ReadFileDesc(long start, ArcHeaderLine header)
    {
        var take = (int)Math.Min(header.Length, options.MaxHeaderBytes);
        var first = block.Reserve(take).Span;
        var got = input.Read(first);
        if (got < take || input.Skip(header.Length - take) < header.Length - take)
        {
            problems.At(start, WarcProblemKind.Unreadable, "the ARC file header is cut off", targetUri: header.Url);
            return;
        }
        if (first.Length > 0 && first[0] is >= (byte)'1' and <= (byte)'9')
            _version = first[0] - '0';
        counts.AddSkipped("filedesc");
        SkipNewline();
    }

    private void SkipNewline()
    {
        var next = input.Peek(2);
        if (next.StartsWith("\r\n"u8))
            input.Advance(2);
        else if (next.StartsWith("\n"u8))
            input.Advance(1);
    }

    /// <summary>
    /// The next header line that parses: blank lines pass quietly, header-like lines that do not parse are reported
    /// as broken records, anything else as garbage; breaks in the compressed data are reported and passed.
    /// </summary>
    private (long Start, ArcHeaderLine Header)? SeekHeader()
    {
        var junk = new JunkRun(problems, "ARC");
        while (true)
        {
            var start = input.Position;
            if (!input.TryReadLine(MaxHeaderLine, out var line))
            {
                if (!input.AtSegmentEnd)
                {
                    junk.Add(start, input.SkipLine());
                    continue;
                }
                junk.Report();
                if (!problems.ResumeAfterDamage())
                    return null;
                continue;
            }
            if (line.IsEmpty && junk.IsEmpty)
                continue;
            if (!ArcHeaderLine.LooksLikeHeader(line))
            {
                junk.Add(start, input.Position - start);
                continue;
            }
            junk.Report();
            if (ArcHeaderLine.Parse(line, _version, out var error) is { } header)
                return (start, header);
            problems.At(start, WarcProblemKind.Unreadable, error + "; skipped to the next header line", targetUri: UrlOf(line));
        }
    }

    private static string? UrlOf(ReadOnlySpan<byte> line) =>
        FieldValues.CleanUri(System.Text.Encoding.UTF8.GetString(line[..Math.Max(0, line.IndexOf((byte)' '))]));
}
