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

    // Bytes wanted after a trailer candidate: the next member's header, to check it.
    private const int LookAhead = 16;

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
    private bool _starved;

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
        // Members that gave no bytes share a position with the next; the record is in the last of them.
        long? offset = null;
        foreach (var member in _memberStarts)
        {
            if (member.Position != position)
                break;
            offset = member.Offset;
        }
        return offset is { } found ? (found, WarcOffsetKind.File) : (position, WarcOffsetKind.Decompressed);
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
        _starved = false;
        _inflater = new DeflateStream(_feed, CompressionMode.Decompress, leaveOpen: true);
        return true;
    }

    private void EndMember()
    {
        _inflater!.Dispose();
        _inflater = null;
        var from = Math.Max(_chunkStart, _dataStart);
        var last = OffsetOf(_pos);
        while (OffsetOf(_end) < last + TrailerLength + LookAhead && Refill(IndexOf(from)))
        {
        }
        var window = IndexOf(from);
        var trailer = FindTrailer(window, Math.Min(_end, IndexOf(last) + TrailerLength));
        if (trailer >= 0)
        {
            // A damaged trailer must not let the search run on to a later member whose trailer happens to fit
            // (records of equal length are common): a member header before that trailer's end shows where the
            // current member really ended.
            var member = FindPlausibleMember(window + TrailerLength, trailer + TrailerLength);
            if (member < 0)
            {
                _pos = trailer + TrailerLength;
                return;
            }
            _pos = member;
            PendingBreak = new InputBreak(_memberOffset, "the gzip member's trailer does not match its data");
            return;
        }
        if (_starved)
        {
            PendingBreak = new InputBreak(_memberOffset, "the gzip member is cut off: the file ends inside it");
            _pos = _end;
            return;
        }
        SkipToNextMember(AfterMemberStart());
        PendingBreak = new InputBreak(_memberOffset, $"the gzip member's trailer is missing or does not match its data; skipped{ToWhere()}");
    }

    /// <summary>
    /// Where the member's trailer starts: the first place from <paramref name="window"/> whose ISIZE equals the
    /// bytes the member gave, followed by the next member's magic or the end of the file; failing that, the first
    /// ISIZE match at all (junk follows, and is reported as such). -1 when none.
    /// </summary>
    private int FindTrailer(int window, int limit)
    {
        Span<byte> size = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(size, _memberLength);
        var loose = -1;
        for (var at = window; at + TrailerLength <= limit; at++)
        {
            var hit = _buffer.AsSpan(at + 4, limit - at - 4).IndexOf(size);
            if (hit < 0)
                break;
            at += hit;
            var next = at + TrailerLength;
            if (next == _end || GzipHeader.IsMagic(_buffer.AsSpan(next, _end - next)))
                return at;
            if (loose < 0)
                loose = at;
        }
        return loose;
    }

    /// <summary>The first place in [<paramref name="from"/>, <paramref name="before"/>) where a plausible member header starts; -1 when none.</summary>
    private int FindPlausibleMember(int from, int before)
    {
        // Search the bytes before the bound, but let a header found there read past it.
        var hit = from >= before ? -1 : GzipHeader.FindPlausible(_buffer.AsSpan(from, Math.Min(_end, before + LookAhead) - from));
        return hit >= 0 && from + hit < before ? from + hit : -1;
    }

    private void SkipCorruptMember()
    {
        _inflater!.Dispose();
        _inflater = null;
        SkipToNextMember(AfterMemberStart());
        PendingBreak = new InputBreak(_memberOffset, $"the gzip member's deflate data is invalid; skipped {OffsetOf(_pos) - _memberOffset} bytes{ToWhere()}");
    }

    /// <summary>
    /// Where to look for the next member after damage: just after this member's start (a damaged header may have
    /// been measured too long, so its data start proves nothing), or the oldest byte still buffered.
    /// </summary>
    private int AfterMemberStart() => IndexOf(Math.Max(_memberOffset + 1, _bufferOffset));

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
        // Keep the last chunk while refilling: if the source has ended, it is where the trailer search looks.
        if (_pos == _end && !Refill(IndexOf(_chunkStart)))
        {
            _starved = true;
            return 0;
        }
        var count = Math.Min(Math.Min(destination.Length, MaxChunk), _end - _pos);
        _buffer.AsSpan(_pos, count).CopyTo(destination);
        _chunkStart = OffsetOf(_pos);
        _pos += count;
        return count;
    }

    /// <summary>The read-only stream the inflater pulls compressed bytes from.</summary>
    private sealed class MemberFeed(GzipInput owner) : ReadOnlyStream
    {
        public override int Read(Span<byte> buffer) => owner.Feed(buffer);
    }
}
