using System.Buffers;

namespace Lede.Warc;

/// <summary>
/// A window over an <see cref="ArchiveInput"/> for the record readers: peek, lines, exact reads, skips, and
/// pushing bytes back when a record turns out to end earlier than its header said. Stops at the end of each input
/// segment until <see cref="Resume"/> is called, so damage in the compressed data is seen where it happens.
/// </summary>
internal sealed class ArchiveBuffer : IDisposable
{
    /// <summary>How far ahead a caller may peek. Headers are capped well below it.</summary>
    public const int WindowSize = 256 * 1024;

    private readonly ArchiveInput _input;
    private byte[] _window = ArrayPool<byte>.Shared.Rent(WindowSize);
    private int _start;
    private int _end;
    private bool _segmentEnded;

    public ArchiveBuffer(ArchiveInput input) => _input = input;

    /// <summary>The decompressed position of the next unread byte.</summary>
    public long Position => _input.Position - (_end - _start);

    /// <summary>Where a decompressed position is in the file (see <see cref="ArchiveInput.Locate"/>).</summary>
    public (long Offset, WarcOffsetKind Kind) Locate(long position) => _input.Locate(position);

    /// <summary>Up to <paramref name="count"/> buffered bytes (fewer only at the end of the segment); valid until the next call.</summary>
    public ReadOnlySpan<byte> Peek(int count)
    {
        Fill(Math.Min(count, WindowSize));
        return _window.AsSpan(_start, Math.Min(count, _end - _start));
    }

    /// <summary>True when the segment has no more bytes.</summary>
    public bool AtSegmentEnd => !Fill(1);

    /// <summary>At the end of a segment: the damage that ended it (reading goes on after it), or null at the true end.</summary>
    public InputBreak? Resume()
    {
        var taken = _input.TakeBreak();
        if (taken is not null)
            _segmentEnded = false;
        return taken;
    }

    /// <summary>Consumes bytes already peeked.</summary>
    public void Advance(int count) => _start += count;

    /// <summary>Reads into <paramref name="destination"/> until it is full or the segment ends; the count read.</summary>
    public int Read(Span<byte> destination)
    {
        var total = Math.Min(destination.Length, _end - _start);
        _window.AsSpan(_start, total).CopyTo(destination);
        _start += total;
        while (total < destination.Length && !_segmentEnded)
        {
            var read = _input.Read(destination[total..]);
            if (read == 0)
                _segmentEnded = true;
            total += read;
        }
        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; the count skipped (less only at the end of the segment).</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count && Fill(1))
        {
            var step = (int)Math.Min(count - skipped, _end - _start);
            _start += step;
            skipped += step;
        }
        return skipped;
    }

    /// <summary>Skips through the next line feed (or to the end of the segment), however long the line; the count skipped.</summary>
    public long SkipLine()
    {
        long skipped = 0;
        while (Fill(1))
        {
            var span = _window.AsSpan(_start, _end - _start);
            var newline = span.IndexOf((byte)'\n');
            var step = newline < 0 ? span.Length : newline + 1;
            _start += step;
            skipped += step;
            if (newline >= 0)
                break;
        }
        return skipped;
    }

    /// <summary>
    /// The next line without its line ending. False, with nothing consumed, when no line feed comes within
    /// <paramref name="maxLength"/> bytes, or when nothing is left in the segment; a last line without a line feed
    /// counts. Valid until the next call.
    /// </summary>
    public bool TryReadLine(int maxLength, out ReadOnlySpan<byte> line)
    {
        maxLength = Math.Min(maxLength, WindowSize - 1);
        var searched = 0;
        while (true)
        {
            var span = _window.AsSpan(_start, Math.Min(_end - _start, maxLength + 1));
            var newline = span[searched..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                newline += searched;
                line = TrimCarriageReturn(span[..newline]);
                _start += newline + 1;
                return true;
            }
            if (span.Length > maxLength)
            {
                line = default;
                return false;
            }
            searched = span.Length;
            if (!Fill(span.Length + 1))
            {
                line = TrimCarriageReturn(_window.AsSpan(_start, _end - _start));
                var any = _start < _end;
                _start = _end;
                return any;
            }
        }
    }

    /// <summary>Puts bytes back in front of the window, to be read again (they must be the bytes just consumed).</summary>
    public void Unread(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _start)
        {
            var buffered = _end - _start;
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(WindowSize, bytes.Length + buffered));
            _window.AsSpan(_start, buffered).CopyTo(grown.AsSpan(bytes.Length));
            ArrayPool<byte>.Shared.Return(_window);
            _window = grown;
            _start = bytes.Length;
            _end = bytes.Length + buffered;
        }
        _start -= bytes.Length;
        bytes.CopyTo(_window.AsSpan(_start));
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_window);

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    /// <summary>Makes at least <paramref name="count"/> bytes buffered; false when the segment ends first.</summary>
    private bool Fill(int count)
    {
        while (_end - _start < count)
        {
            if (_segmentEnded)
                return false;
            if (_window.Length - _start < count || _end == _window.Length)
            {
                _window.AsSpan(_start, _end - _start).CopyTo(_window);
                _end -= _start;
                _start = 0;
            }
            var read = _input.Read(_window.AsSpan(_end));
            if (read == 0)
            {
                _segmentEnded = true;
                return false;
            }
            _end += read;
        }
        return true;
    }
}
