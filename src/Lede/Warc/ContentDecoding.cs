using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using Lede.Extraction;

namespace Lede.Warc;

/// <summary>
/// Undoes HTTP Content-Encoding: gzip (and x-gzip), deflate (zlib-wrapped as the RFC says, or raw as some
/// servers send it) and br, in the reverse of the order listed. A body that does not decode at all is taken as it
/// is (servers and archivers often keep the header of a body stored decoded); one that breaks off part-way keeps
/// what decoded. Output goes to a pooled buffer capped at the document size limit.
/// </summary>
internal static class ContentDecoding
{
    public enum Result
    {
        Done,
        TooLarge,
        Unsupported,
    }

    private enum Stage
    {
        Decoded,
        BrokeOff,
        Failed,
        TooLarge,
    }

    /// <summary>
    /// Decodes <paramref name="body"/>; on <see cref="Result.Done"/>, <paramref name="decoded"/> is the result
    /// (the body itself when nothing was to be undone) and <paramref name="defect"/> notes damage.
    /// <see cref="Result.Unsupported"/> names the coding in <paramref name="defect"/>.
    /// </summary>
    public static Result Decode(ReadOnlyMemory<byte> body, string codings, PooledBuffer output, out ReadOnlyMemory<byte> decoded, out string? defect)
    {
        decoded = body;
        defect = null;
        var list = codings.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var inOutput = false;
        for (var i = list.Length - 1; i >= 0; i--)
        {
            var coding = list[i].ToLowerInvariant();
            if (coding is "identity" or "none")
                continue;
            if (coding is not ("gzip" or "x-gzip" or "deflate" or "br"))
            {
                defect = coding;
                return Result.Unsupported;
            }
            // A second coding reads the first one's output, which is in the buffer it writes to: copy it (rare).
            var input = inOutput ? decoded.ToArray() : decoded;
            var (stage, length) = coding == "br" ? Brotli(input.Span, output) : Inflate(input, coding, output);
            switch (stage)
            {
                case Stage.TooLarge:
                    return Result.TooLarge;
                case Stage.Failed:
                    defect = $"Content-Encoding says {coding} but the body is not {coding}; read as it is";
                    continue;
                case Stage.BrokeOff:
                    defect = $"the {coding} content breaks off after {length} bytes; kept that far";
                    break;
            }
            decoded = output.Slice(length);
            inOutput = true;
        }
        return Result.Done;
    }

    private static (Stage, int) Inflate(ReadOnlyMemory<byte> input, string coding, PooledBuffer output)
    {
        var span = input.Span;
        if (coding != "deflate" && !GzipHeader.IsMagic(span))
            return (Stage.Failed, 0);
        var source = MemoryMarshal.TryGetArray(input, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.ToArray(), writable: false);
        using Stream decoder = coding != "deflate" ? new GZipStream(source, CompressionMode.Decompress)
            : IsZlibHeader(span) ? new ZLibStream(source, CompressionMode.Decompress)
            : new DeflateStream(source, CompressionMode.Decompress);
        var length = 0;
        try
        {
            while (true)
            {
                var room = output.Room(length);
                if (room.IsEmpty)
                    return (decoder.ReadByte() < 0 ? Stage.Decoded : Stage.TooLarge, length);
                var read = decoder.Read(room);
                if (read == 0)
                    return (Stage.Decoded, length);
                length += read;
            }
        }
        catch (InvalidDataException)
        {
            return (length > 0 ? Stage.BrokeOff : Stage.Failed, length);
        }
    }

    private static (Stage, int) Brotli(ReadOnlySpan<byte> input, PooledBuffer output)
    {
        using var decoder = new BrotliDecoder();
        var length = 0;
        while (true)
        {
            var room = output.Room(length);
            if (room.IsEmpty)
                return (Stage.TooLarge, length);
            var status = decoder.Decompress(input, room, out var consumed, out var written);
            input = input[consumed..];
            length += written;
            switch (status)
            {
                case OperationStatus.Done:
                    return (Stage.Decoded, length);
                case OperationStatus.DestinationTooSmall:
                    continue;
                default:
                    return (length > 0 ? Stage.BrokeOff : Stage.Failed, length);
            }
        }
    }

    /// <summary>A zlib header (RFC 1950): method 8, and the two bytes a multiple of 31.</summary>
    private static bool IsZlibHeader(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && (bytes[0] & 0x0f) == 8 && (bytes[0] << 8 | bytes[1]) % 31 == 0;
}
