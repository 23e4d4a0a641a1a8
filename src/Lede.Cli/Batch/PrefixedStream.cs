namespace Lede.Cli.Batch;

/// <summary>A read-only stream of bytes already read (a sniffed prefix) followed by the rest of the source.</summary>
internal sealed class PrefixedStream : Stream
{
    private readonly Stream _rest;
    private int _position;

    public PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest)
    {
        Prefix = prefix;
        _rest = rest;
    }

    public ReadOnlyMemory<byte> Prefix { get; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_position < Prefix.Length)
        {
            int n = Math.Min(buffer.Length, Prefix.Length - _position);
            Prefix.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return _rest.Read(buffer);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
