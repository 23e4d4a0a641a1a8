namespace Lede.Warc;

/// <summary>
/// Undoes HTTP/1.1 chunked transfer coding (RFC 9112 §7.1) in place. Archives hold bodies whose chunk sizes are
/// wrong, or that are not chunked at all despite the header; as warcio does, the body from the first chunk that
/// does not fit on is taken as it is, so a page is never lost to a bad chunk.
/// </summary>
internal static class ChunkedBody
{
    /// <summary>The decoded length (the bytes are moved to the front of <paramref name="body"/>); a defect when the coding was broken.</summary>
    public static int Decode(Span<byte> body, out string? defect)
    {
        var read = 0;
        var write = 0;
        var chunks = 0;
        while (read < body.Length)
        {
            var chunkStart = read;
            var newline = body[read..].IndexOf((byte)'\n');
            if (newline < 0 || !TryParseSize(body.Slice(read, newline), out var size))
                return Raw(body, chunkStart, write, chunks, out defect);
            read += newline + 1;
            if (size == 0)
            {
                defect = null;
                return write;
            }
            if (size > body.Length - read)
            {
                body[read..].CopyTo(body[write..]);
                defect = $"chunk {chunks + 1} is cut off by the end of the record";
                return write + body.Length - read;
            }
            // Check the line end after the data before moving it: on failure the raw bytes must still be intact.
            var chunk = (int)size;
            var after = read + chunk;
            if (after < body.Length && !SkipLineEnd(body, ref after))
                return Raw(body, chunkStart, write, chunks, out defect);
            body.Slice(read, chunk).CopyTo(body[write..]);
            write += chunk;
            read = after;
            chunks++;
        }
        defect = chunks == 0 ? null : "the chunked body ends without its last, empty chunk";
        return write;
    }

    /// <summary>Takes the body from <paramref name="from"/> on as it is, after what was decoded.</summary>
    private static int Raw(Span<byte> body, int from, int write, int chunks, out string defect)
    {
        body[from..].CopyTo(body[write..]);
        defect = chunks == 0
            ? "Transfer-Encoding says chunked but the body is not; read as it is"
            : $"chunk {chunks + 1} has a wrong size; the body from there read as it is";
        return write + body.Length - from;
    }

    private static bool SkipLineEnd(ReadOnlySpan<byte> body, ref int at)
    {
        if (body[at..].StartsWith("\r\n"u8))
            at += 2;
        else if (body[at] == '\n')
            at++;
        else
            return false;
        return true;
    }

    /// <summary>A chunk-size line: hex digits, then optional extensions after <c>;</c> and spaces; false otherwise.</summary>
    private static bool TryParseSize(ReadOnlySpan<byte> line, out long size)
    {
        size = 0;
        var digits = 0;
        foreach (var b in line)
        {
            var value = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
                return digits > 0 && b is (byte)';' or (byte)' ' or (byte)'\t' or (byte)'\r';
            if (++digits > 15)
                return false;
            size = size * 16 + value;
        }
        return digits > 0;
    }
}
