using Lede.Warc;

namespace Lede.Tests.Warc;

/// <summary>A non-seekable stream (like stdin or a socket) that hands out at most a few bytes per read.</summary>
internal sealed class TrickleStream(byte[] data, int maxChunk) : ReadOnlyStream
{
    private int _position;

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(Math.Min(buffer.Length, maxChunk), data.Length - _position);
        data.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }
}
