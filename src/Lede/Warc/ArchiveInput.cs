namespace Lede.Warc;

/// <summary>
/// The decompressed bytes of an archive, plain or gzip, and where they came from. Bytes come in segments: a
/// segment ends at the end of the input or where compressed data is damaged (<see cref="TakeBreak"/> says which),
/// so the record layer can tell a record cut by damage from one that simply goes on.
/// </summary>
internal abstract class ArchiveInput : IDisposable
{
    /// <summary>Decompressed bytes handed out so far: the position of the next byte <see cref="Read"/> gives.</summary>
    public long Position { get; protected set; }

    /// <summary>Bytes taken from the underlying stream so far.</summary>
    public abstract long SourceBytes { get; }

    /// <summary>The damage that ended the current segment, if any, until taken.</summary>
    protected InputBreak? PendingBreak { get; set; }

    /// <summary>Opens a stream: gzip (one member per record, or one for the whole file) when it starts with the gzip magic, plain otherwise.</summary>
    public static ArchiveInput Open(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        return read == 2 && GzipHeader.IsMagic(magic)
            ? new GzipInput(stream, magic)
            : new PlainInput(stream, magic[..read]);
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
}
