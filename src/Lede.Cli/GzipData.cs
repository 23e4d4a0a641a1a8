using System.Buffers.Binary;
using System.IO.Compression;

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
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

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
            uint crc = 0;
            try
            {
                using var inflater = new DeflateStream(new MemoryStream(data, start, data.Length - start, writable: false), CompressionMode.Decompress);
                int read;
                while ((read = inflater.Read(chunk)) > 0)
                {
                    if (output.Length + read > maxBytes)
                        throw new InputTooLargeException($"{name ?? "the input"} is over the limit of {maxBytes:N0} bytes");
                    output.Write(chunk, 0, read);
                    crc = Crc32.Append(crc, chunk.AsSpan(0, read));
                }
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"{prefix}the gzip data is damaged ({e.Message.TrimEnd('.')})");
            }
            int end = TrailerEnd(data, start, crc, (uint)(output.Length - before));
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

    // The fixed ten bytes, then the optional fields the flags announce (RFC 1952 §2.3).
    private static int HeaderLength(ReadOnlySpan<byte> member, string prefix)
    {
        if (member.Length < 10)
            throw Truncated(prefix);
        if (!IsGzip(member) || member[2] != 8)
            throw new InvalidDataException($"{prefix}the gzip data is damaged (bytes that are no gzip member header)");
        byte flags = member[3];
        int at = 10;
        if ((flags & 0x04) != 0)
            at = member.Length >= at + 2 ? at + 2 + BinaryPrimitives.ReadUInt16LittleEndian(member[at..]) : int.MaxValue;
        foreach (byte field in new byte[] { 0x08, 0x10 })
        {
            if ((flags & field) == 0 || at >= member.Length)
                continue;
            int end = member[at..].IndexOf((byte)0);
            at = end < 0 ? int.MaxValue : at + end + 1;
        }
        if ((flags & 0x02) != 0 && at < int.MaxValue)
            at += 2;
        return at <= member.Length ? at : throw Truncated(prefix);
    }

    private static InvalidDataException Truncated(string prefix)
        => new($"{prefix}the gzip data is truncated: it ends inside a compressed member, so the page is incomplete");
}
