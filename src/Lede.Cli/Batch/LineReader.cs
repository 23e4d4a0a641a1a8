namespace Lede.Cli.Batch;

/// <summary>One line of a JSONL input, without its newline; a line over the cap comes back empty with <see cref="TooLong"/> set.</summary>
internal readonly record struct InputLine(ReadOnlyMemory<byte> Bytes, long Number, bool TooLong);

/// <summary>
/// Reads a stream as <c>\n</c>-separated lines of bytes, in memory bounded by the cap: a longer line is skipped to
/// its end and reported, never held whole. The memory of a line is valid until the next call.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLine)
{
    private readonly byte[] _chunk = new byte[64 * 1024];
    private byte[] _line = new byte[64 * 1024];
    private int _chunkStart;
    private int _chunkEnd;
    private long _number;
    private bool _ended;

    public InputLine? Next()
    {
        if (_ended) return null;
        int length = 0;
        bool tooLong = false;
        while (true)
        {
            if (_chunkStart == _chunkEnd)
            {
                _chunkStart = 0;
                _chunkEnd = stream.Read(_chunk, 0, _chunk.Length);
                if (_chunkEnd == 0)
                {
                    _ended = true;
                    if (length == 0 && !tooLong) return null;
                    return new InputLine(tooLong ? default : _line.AsMemory(0, length), ++_number, tooLong);
                }
            }
            var available = _chunk.AsSpan(_chunkStart, _chunkEnd - _chunkStart);
            int newline = available.IndexOf((byte)'\n');
            var piece = newline < 0 ? available : available[..newline];
            _chunkStart += newline < 0 ? available.Length : newline + 1;
            if (!tooLong)
            {
                if (length + piece.Length > maxLine)
                    tooLong = true;
                else
                    Append(piece, ref length);
            }
            if (newline >= 0)
                return new InputLine(tooLong ? default : _line.AsMemory(0, length), ++_number, tooLong);
        }
    }

    private void Append(ReadOnlySpan<byte> piece, ref int length)
    {
        if (length + piece.Length > _line.Length)
            Array.Resize(ref _line, Math.Min(Math.Max(_line.Length * 2, length + piece.Length), Math.Max(maxLine, 1)));
        piece.CopyTo(_line.AsSpan(length));
        length += piece.Length;
    }
}
