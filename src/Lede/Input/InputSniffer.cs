using System.Buffers;

namespace Lede.Input;

/// <summary>
/// Cheap checks on raw bytes before decoding: is this HTML at all (not an image, a PDF, an archive or other
/// binary data)? The checks follow the WHATWG MIME Sniffing Standard, which is what decides whether a browser
/// shows a page or offers it as a download: a page that looks like HTML is HTML, and only binary data bytes in the
/// first 512 bytes make data binary; a stray NUL or control byte elsewhere in a textual page is replaced when the page
/// is decoded (<see cref="ControlCharacters"/>). Empty and whitespace-only input passes: it is a page with nothing in
/// it, not a wrong kind of file.
/// </summary>
internal static class InputSniffer
{
    // The window a browser's text-or-binary rule reads for binary data bytes.
    private const int Window = 512;

    // Binary data bytes a textual window may hold before it reads as binary. The standard allows none, but it sniffs
    // only data of unknown type, and a page with a stray NUL or two (a CMS bug, padding) shows in a browser when its
    // server calls it text/html. Random data has about 54 in 512 bytes, so a handful is far from binary.
    private const int StrayBytes = 3;

    /// <summary>Returns null when the bytes may be HTML, else a one-line reason they are not.</summary>
    public static string? WhyNotHtml(ReadOnlySpan<byte> bytes) => WhyNot(bytes, "HTML");

    /// <summary>Returns null when the bytes may be text (plain text, or HTML read as text), else a one-line reason they are not.</summary>
    public static string? WhyNotText(ReadOnlySpan<byte> bytes) => WhyNot(bytes, "text");

    private static string? WhyNot(ReadOnlySpan<byte> bytes, string wanted)
    {
        if (KnownFormat(bytes, wanted) is { } format)
            return format;
        // UTF-16 text is full of zero bytes but is text all the same.
        if (HtmlDecoder.Bom(bytes, out _) is not null || Utf16Sniff.Guess(bytes) is not null)
            return null;
        var window = bytes[..Math.Min(bytes.Length, Window)];
        if (LooksLikeHtml(window))
            return null;
        int binary = BinaryDataBytes(window);
        return binary > StrayBytes
            ? $"binary data ({binary} zero or control bytes in the first {window.Length} bytes), not {wanted}"
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

    // The HTML patterns of the standard's "identifying a resource with an unknown MIME type" (each followed by a space
    // or '>'). The standard looks for them after leading white space only; here they may come anywhere in the window,
    // so that a few stray bytes before the doctype do not hide a page. By chance in random data: about 1 in 500.
    private static readonly string[] HtmlPatterns =
        ["<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--", "<meta"];

    private static bool LooksLikeHtml(ReadOnlySpan<byte> window)
    {
        for (int at; (at = window.IndexOf((byte)'<')) >= 0; window = window[(at + 1)..])
        {
            var rest = window[at..];
            foreach (var pattern in HtmlPatterns)
            {
                if (rest.Length > pattern.Length && StartsWithIgnoreCase(rest, pattern) && rest[pattern.Length] is (byte)' ' or (byte)'>')
                    return true;
            }
        }
        return false;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, string lowerAscii)
    {
        for (int i = 0; i < lowerAscii.Length; i++)
        {
            byte b = bytes[i];
            if (b is >= (byte)'A' and <= (byte)'Z')
                b |= 0x20;
            if (b != lowerAscii[i])
                return false;
        }
        return true;
    }

    // The standard's binary data bytes: the C0 controls other than tab, line feed, form feed, carriage return and
    // escape (which starts ISO-2022-JP shifts).
    private static readonly SearchValues<byte> BinaryBytes = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static int BinaryDataBytes(ReadOnlySpan<byte> window)
    {
        int count = 0;
        for (var rest = window; rest.IndexOfAny(BinaryBytes) is var at and >= 0; rest = rest[(at + 1)..])
            count++;
        return count;
    }
}
