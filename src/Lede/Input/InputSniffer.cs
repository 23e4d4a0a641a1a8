using System.Buffers;

namespace Lede.Input;

/// <summary>
/// Cheap checks on raw bytes before decoding: is this HTML at all (not an image, a PDF, an archive or other
/// binary data)? Empty and whitespace-only input passes: it is a page with nothing in it, not a wrong kind of file.
/// </summary>
internal static class InputSniffer
{
    // How far to look for binary bytes: the WHATWG sniffing algorithm looks at 1445 bytes; a few KB more
    // costs nothing and reaches past a long text header some binary formats start with.
    private const int Window = 4096;

    /// <summary>Returns null when the bytes may be HTML, else a one-line reason they are not.</summary>
    public static string? WhyNotHtml(ReadOnlySpan<byte> bytes) => WhyNot(bytes, "HTML");

    /// <summary>Returns null when the bytes may be text (plain text, or HTML read as text), else a one-line reason they are not.</summary>
    public static string? WhyNotText(ReadOnlySpan<byte> bytes) => WhyNot(bytes, "text");

    private static string? WhyNot(ReadOnlySpan<byte> bytes, string wanted)
    {
        if (KnownFormat(bytes, wanted) is { } format)
            return format;
        // UTF-16 text is full of zero bytes but is text all the same.
        if (HtmlDecoder.Bom(bytes, out _) is { IsUtf16: true } || Utf16Sniff.Guess(bytes) is not null)
            return null;
        return LooksBinary(bytes[..Math.Min(bytes.Length, Window)])
            ? $"binary data (zero or control bytes near the start), not {wanted}"
            : null;
    }

    private static string? KnownFormat(ReadOnlySpan<byte> b, string wanted)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
            return $"a PNG image, not {wanted}";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            return $"a JPEG image, not {wanted}";
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8))
            return $"a GIF image, not {wanted}";
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..].StartsWith("WEBP"u8))
            return $"a WebP image, not {wanted}";
        if (b.StartsWith("%PDF-"u8))
            return $"a PDF document, not {wanted}";
        if (b.StartsWith("PK\x03\x04"u8) || b.StartsWith("PK\x05\x06"u8))
            return $"a ZIP archive (or an Office document), not {wanted}";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
            return "gzip-compressed; decompress first";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x28, 0xB5, 0x2F, 0xFD]))
            return "zstd-compressed; decompress first";
        return null;
    }

    // Bytes that never occur in text: the C0 controls other than tab, line feed, form feed, carriage return
    // and escape (the WHATWG "binary data byte" set; escape starts ISO-2022-JP shifts).
    private static readonly SearchValues<byte> BinaryBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    // A stray zero byte or two does turn up in real pages (a CMS bug, padding), so it takes four zeros, or
    // binary bytes making up 2% of the window; random data has about 10% of them, text none.
    private static bool LooksBinary(ReadOnlySpan<byte> window)
    {
        int zeros = 0, binary = 0;
        for (var rest = window; rest.IndexOfAny(BinaryBytes) is var at and >= 0; rest = rest[(at + 1)..])
        {
            binary++;
            if (rest[at] == 0)
                zeros++;
        }
        return zeros >= 4 || binary * 50 > window.Length;
    }
}
