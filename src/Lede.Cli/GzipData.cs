using System.Buffers.Binary;
using System.IO.Compression;
using Lede.Cli.Batch;

namespace Lede.Cli;

/// <summary>
/// Gunzips a whole input held in memory, member by member (RFC 1952), and refuses one that is cut off. .NET's
/// GZipStream is silent when the data ends early: it hands back what it inflated, and a truncated
/// <c>page.html.gz</c> would be extracted as if whole. Each member's deflate data goes to a raw
/// <see cref="DeflateStream"/>, and the member counts as whole only when a trailer follows whose CRC-32 and ISIZE
/// match the bytes it gave. Another member may follow; bytes after the last that are no member are ignored, as
/// gzip itself ignores trailing garbage (the page is whole).
/// </summary>
internal static class GzipData
{
    /// <summary>True when the bytes start with the gzip magic.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => GzipHeader.IsMagic(bytes);

    /// <summary>The data of every member, concatenated; <paramref name="name"/> (may be null) opens the messages.</summary>
    /// <exception cref="InvalidDataException">The data is truncated or damaged.</exception>
    /// <exception cref="InputTooLargeException">It inflates to more than <paramref name="maxBytes"/>.</exception>
    public static byte[] Gunzip(byte[] data, long maxBytes, string? name)
    {
        var prefix = name is null ? "" : name + ": ";
        using var output = new MemoryStream();
        var chunk = new byte[1 << 16];
        for (int member = 0; member < data.Length;)
        {
            int start = member + HeaderLength(data.AsSpan(member), prefix);
            long before = output.Length;
            var crc = new System.IO.Hashing.Crc32();
            try
            {
                using var inflater = new DeflateStream(new MemoryStream(data, start, data.Length - start, writable: false), CompressionMode.Decompress);
                int read;
                while ((read = inflater.Read(chunk)) > 0)
                {
                    if (output.Length + read > maxBytes)
                        throw new InputTooLargeException($"{name ?? "the input"} is over the limit of {maxBytes:N0} bytes");
                    output.Write(chunk, 0, read);
                    crc.Append(chunk.AsSpan(0, read));
                }
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{prefix}the gzip data is damaged ({e.Message.TrimEnd('.')})");
            }
            int end = TrailerEnd(data, start, crc.GetCurrentHashAsUInt32(), (uint)(output.Length - before));
            if (end < 0)
                throw Truncated(prefix);
            member = IsGzip(data.AsSpan(end)) ? end : data.Length;
        }
        return output.ToArray();
    }

    // Where the member's trailer ends: the first place after its data holding the CRC-32 and the ISIZE (the length
    // mod 2^32) of what it inflated to; -1 when there is none, i.e. the data stops inside the member.
    private static int TrailerEnd(byte[] data, int start, uint crc, uint inflated)
    {
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], inflated);
        int found = data.AsSpan(start).IndexOf(trailer);
        return found < 0 ? -1 : start + found + trailer.Length;
    }

    // The header's length (measured as the WARC reader measures it): data that stops inside it is truncated.
    private static int HeaderLength(ReadOnlySpan<byte> member, string prefix) => GzipHeader.Measure(member, int.MaxValue) switch
    {
        0 => throw Truncated(prefix),
        < 0 => throw new InvalidDataException($"{prefix}the gzip data is damaged (bytes that are no gzip member header)"),
        var length => length,
    };

    private static InvalidDataException Truncated(string prefix)
        => new($"{prefix}the gzip data is truncated: it ends inside a compressed member, so the page is incomplete");
}
