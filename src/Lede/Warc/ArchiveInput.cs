namespace Lede.Warc;

/// <summary>
/// The decompressed bytes of an archive, plain or gzip, and where they came from. Bytes come in segments: a
/// segment ends at the end of the input or where compressed data is damaged (<see cref="TakeBreak"/> says which),
/// so the record layer can tell a record cut by damage from one that simply goes on.
/// </summary>
internal abstract class ArchiveInput : IDisposable
{
    // How much of the stream is looked at to tell gzip from plain; less than a GzipInput buffer holds.
    private const int SniffLength = 32 * 1024;

    /// <summary>Decompressed bytes handed out so far: the position of the next byte <see cref="Read"/> gives.</summary>
    public long Position { get; protected set; }

    /// <summary>Bytes taken from the underlying stream so far.</summary>
    public abstract long SourceBytes { get; }

    /// <summary>The damage that ended the current segment, if any, until taken.</summary>
    protected InputBreak? PendingBreak { get; set; }

    /// <summary>
    /// Opens a stream: gzip when it starts with the gzip magic, or when it starts with neither a WARC nor an ARC
    /// record and a gzip member follows soon (a .warc.gz whose first member is damaged); plain otherwise.
    /// </summary>
    public static ArchiveInput Open(Stream stream)
    {
        var prefix = new byte[SniffLength];
        var read = stream.ReadAtLeast(prefix, prefix.Length, throwOnEndOfStream: false);
        var start = prefix.AsSpan(0, read);
        return GzipHeader.IsMagic(start) || !LooksLikeRecords(start) && GzipHeader.FindPlausible(start) >= 0
            ? new GzipInput(stream, start)
            : new PlainInput(stream, start);
    }

    /// <summary>Reads decompressed bytes; 0 at the end of the segment (the end of the input, or a break).</summary>
    public abstract int Read(Span<byte> destination);

    /// <summary>
    /// After <see cref="Read"/> gave 0: the damage that ended the segment (and <see cref="Read"/> continues after
    /// it), or null at the true end of the input.
    /// </summary>
    public InputBreak? TakeBreak()
    {
        var taken = PendingBreak;
        PendingBreak = null;
        return taken;
    }

    /// <summary>
    /// Where a decompressed position is in the file: the offset of the gzip member that starts exactly there, the
    /// position itself for a plain file, else the decompressed position. Positions asked must not go down by more
    /// than one record: bookkeeping before the position asked is dropped.
    /// </summary>
    public abstract (long Offset, WarcOffsetKind Kind) Locate(long position);

    /// <inheritdoc/>
    public abstract void Dispose();

    private static bool LooksLikeRecords(ReadOnlySpan<byte> start)
    {
        start = start.TrimStart("\r\n"u8);
        return start.StartsWith("WARC/"u8) || start.StartsWith("filedesc:"u8);
    }
}
