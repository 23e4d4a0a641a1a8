namespace Lede.Warc;

/// <summary>An uncompressed archive: the bytes of the stream, after the few already read to sniff the format.</summary>
internal sealed class PlainInput(Stream source, ReadOnlySpan<byte> prefix) : ArchiveInput
{
    private readonly byte[] _prefix = prefix.ToArray();
    private int _prefixUsed;
    private long _sourceBytes = prefix.Length;

    public override long SourceBytes => _sourceBytes;

    public override int Read(Span<byte> destination)
    {
        int read;
        if (_prefixUsed < _prefix.Length)
        {
            read = Math.Min(destination.Length, _prefix.Length - _prefixUsed);
            _prefix.AsSpan(_prefixUsed, read).CopyTo(destination);
            _prefixUsed += read;
        }
        else
        {
            read = source.Read(destination);
            _sourceBytes += read;
        }
        Position += read;
        return read;
    }

    public override (long Offset, WarcOffsetKind Kind) Locate(long position) => (position, WarcOffsetKind.File);

    public override void Dispose()
    {
    }
}
