namespace Lede.Cli.Batch;

/// <summary>A read-only stream of bytes already read (a sniffed prefix) followed by the rest of the source.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : ReadOnlyStream
{
    private int _position;

    public ReadOnlyMemory<byte> Prefix { get; } = prefix;

    public override int Read(Span<byte> buffer)
    {
        if (_position < Prefix.Length)
        {
            int n = Math.Min(buffer.Length, Prefix.Length - _position);
            Prefix.Span.Slice(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
        return rest.Read(buffer);
    }
}
