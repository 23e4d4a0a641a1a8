using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace Lede.Warc;

/// <summary>
/// A gzip archive read member by member, so each record's member offset is known (the offset a CDX index gives),
/// and damage costs only the members it touches. .NET's GZipStream will not do: it reads concatenated members as
/// one stream, reads ahead past the member it decodes (the position of the next member is lost), and is silent
/// when a member is cut off or followed by junk. So member headers are parsed here (<see cref="GzipHeader"/>),
/// each member's deflate data goes to its own raw <see cref="DeflateStream"/> through a feed that hands out
/// bounded chunks, and the member's end is found from its trailer: the inflater stops somewhere in the last chunk
/// it took, and the trailer there is the one whose ISIZE equals the bytes it produced, followed by the next
/// member's magic or by the end of the file.
/// </summary>
internal sealed class GzipInput : ArchiveInput
{
    private const int BufferSize = 64 * 1024;

    // The inflater may hold back at most one chunk at a member's end; capping chunks keeps that tail (which the
    // trailer search needs) a small part of the buffer.
    private const int MaxChunk = 16 * 1024;
    private const int MaxHeaderLength = 16 * 1024;
    private const int TrailerLength = 8;

    private readonly Stream _source;
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private readonly Queue<(long Position, long Offset)> _memberStarts = new();
    private readonly MemberFeed _feed;
    private int _pos;
    private int _end;
    private long _bufferOffset;
    private bool _sourceEnded;
    private DeflateStream? _inflater;
    private long _memberOffset;
    private long _dataStart;
    private long _chunkStart;
    private uint _memberLength;

    public GzipInput(Stream source, ReadOnlySpan<byte> prefix)
    {
        _source = source;
        _feed = new MemberFeed(this);
        prefix.CopyTo(_buffer);
        _end = prefix.Length;
    }

    public override long SourceBytes => _bufferOffset + _end;

    public override int Read(Span<byte> destination)
    {
        while (PendingBreak is null && !destination.IsEmpty)
        {
            if (_inflater is null && !BeginMember())
                return 0;
            int read;
            try
            {
                read = _inflater!.Read(destination);
            }
            catch (InvalidDataException)
            {
                SkipCorruptMember();
                return 0;
            }
            if (read > 0)
            {
                _memberLength += (uint)read;
                Position += read;
                return read;
            }
            EndMember();
        }
        return 0;
    }

    public override (long Offset, WarcOffsetKind Kind) Locate(long position)
    {
        while (_memberStarts.TryPeek(out var first) && first.Position < position)
            _memberStarts.Dequeue();
        return _memberStarts.TryPeek(out var member) && member.Position == position
            ? (member.Offset, WarcOffsetKind.File)
            : (position, WarcOffsetKind.Decompressed);
    }

    public override void Dispose()
    {
        _inflater?.Dispose();
        _inflater = null;
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private long OffsetOf(int index) => _bufferOffset + index;

    private int IndexOf(long offset) => (int)(offset - _bufferOffset);

    private bool BeginMember()
    {
        var start = OffsetOf(_pos);
        int length;
        while ((length = GzipHeader.Measure(_buffer.AsSpan(_pos, _end - _pos), MaxHeaderLength)) == 0 && Refill(_pos))
        {
        }
        if (_pos == _end)
            return false;
        if (length == 0)
        {
            PendingBreak = new InputBreak(start, $"the last gzip member is cut off in its header ({_end - _pos} bytes)");
            _pos = _end;
            return false;
        }
        if (length < 0)
        {
            SkipToNextMember(_pos + 1);
            PendingBreak = new InputBreak(start, $"{OffsetOf(_pos) - start} bytes that are not gzip data skipped{ToWhere()}");
            return false;
        }
        _memberStarts.Enqueue((Position, start));
        _memberOffset = start;
        _pos += length;
        _dataStart = _chunkStart = OffsetOf(_pos);
        _memberLength = 0;
        _inflater = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    private void EndMember()
    {
        _inflater!.Dispose();
        _inflater = null;
        var from = Math.Max(_chunkStart, _dataStart);
        var last = OffsetOf(_pos);
        while (OffsetOf(_end) < last + TrailerLength + 2 && Refill(IndexOf(from)))
        {
        }

        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, _memberLength);
        var window = IndexOf(from);
        var limit = Math.Min(_end, IndexOf(last) + TrailerLength);
        var fallback = -1;
        for (var at = window; at + TrailerLength <= limit;)
        {
            var hit = _buffer.AsSpan(at + 4, limit - at - 4).IndexOf(size);
            if (hit < 0)
                break;
            at += hit;
            var next = at + TrailerLength;
            if (next == _end || GzipHeader.IsMagic(_buffer.AsSpan(next, _end - next)))
            {
                _pos = next;
                return;
            }
            if (fallback < 0)
                fallback = at;
            at++;
        }
        if (fallback >= 0)
        {
            // A trailer that fits, followed by junk: the next BeginMember reports the junk.
            _pos = fallback + TrailerLength;
            return;
        }
        if (_sourceEnded && _end < IndexOf(last) + TrailerLength)
        {
            PendingBreak = new InputBreak(_memberOffset, "the gzip member is cut off: the file ends inside it");
            _pos = _end;
            return;
        }
        SkipToNextMember(window);
        PendingBreak = new InputBreak(_memberOffset, $"the gzip member's trailer does not match its data; skipped{ToWhere()}");
    }

    private void SkipCorruptMember()
    {
        _inflater!.Dispose();
        _inflater = null;
        SkipToNextMember(IndexOf(Math.Max(_chunkStart, _dataStart)));
        PendingBreak = new InputBreak(_memberOffset, $"the gzip member's deflate data is invalid; skipped {OffsetOf(_pos) - _memberOffset} bytes{ToWhere()}");
    }

    private string ToWhere() => _pos == _end && _sourceEnded ? " to the end of the file" : " to the next gzip member";

    /// <summary>Moves to the next place from <paramref name="index"/> that could start a member, or to the end.</summary>
    private void SkipToNextMember(int index)
    {
        ReadOnlySpan<byte> magic = [0x1f, 0x8b, 0x08];
        _pos = index;
        while (true)
        {
            var hit = _buffer.AsSpan(_pos, _end - _pos).IndexOf(magic);
            if (hit >= 0 && _pos + hit + 4 <= _end)
            {
                _pos += hit;
                if (GzipHeader.CouldStart(_buffer.AsSpan(_pos, _end - _pos)))
                    return;
                _pos++;
                continue;
            }
            // Keep a possible magic cut by the buffer's end.
            _pos = hit >= 0 ? _pos + hit : Math.Max(_pos, _end - (magic.Length - 1));
            if (!Refill(_pos))
            {
                _pos = _end;
                return;
            }
        }
    }

    /// <summary>Keeps the bytes from <paramref name="keepFrom"/> on, moved to the front, and reads more after them.</summary>
    private bool Refill(int keepFrom)
    {
        if (_sourceEnded)
            return false;
        if (keepFrom > 0)
        {
            _buffer.AsSpan(keepFrom, _end - keepFrom).CopyTo(_buffer);
            _bufferOffset += keepFrom;
            _pos -= keepFrom;
            _end -= keepFrom;
        }
        var read = _source.Read(_buffer.AsSpan(_end));
        if (read == 0)
        {
            _sourceEnded = true;
            return false;
        }
        _end += read;
        return true;
    }

    private int Feed(Span<byte> destination)
    {
        if (_pos == _end && !Refill(_pos))
            return 0;
        var count = Math.Min(Math.Min(destination.Length, MaxChunk), _end - _pos);
        _buffer.AsSpan(_pos, count).CopyTo(destination);
        _chunkStart = OffsetOf(_pos);
        _pos += count;
        return count;
    }

    /// <summary>The read-only stream the inflater pulls compressed bytes from.</summary>
    private sealed class MemberFeed(GzipInput owner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(Span<byte> buffer) => owner.Feed(buffer);

        public override int Read(byte[] buffer, int offset, int count) => owner.Feed(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
