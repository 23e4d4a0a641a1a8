using System.Text;
using System.Text.Unicode;

namespace Lede.Input;

/// <summary>The text of a page and how its bytes were decoded.</summary>
/// <param name="Html">The decoded text.</param>
/// <param name="EncodingName">The WHATWG name of the encoding used ("utf-8", "windows-1252", …).</param>
/// <param name="Source">
/// Where the encoding came from: "bom", "transport", "meta", "detected" (read from the bytes, including when
/// they overrule a wrong declaration) or "default".
/// </param>
internal sealed record DecodedPage(string Html, string EncodingName, string Source);

/// <summary>How a page's bytes are to be decoded: the encoding, its WHATWG name, where the choice came from, and the length of the byte-order mark to skip.</summary>
internal readonly record struct DecodingChoice(Encoding Encoding, string EncodingName, string Source, int Skip)
{
    public DecodingChoice(PageEncoding encoding, string source, int skip = 0)
        : this(encoding.Decoder, encoding.Name, source, skip)
    {
    }
}

/// <summary>
/// Decodes page bytes the way a browser does: byte-order mark (when the bytes fit it), then the transport's charset, then the
/// page's own &lt;meta charset&gt; / http-equiv, then detection, with UTF-8 last. Unlike a browser, the bytes
/// may overrule a declaration that is plainly wrong, because extraction wants the words right, not
/// compatibility with how the page rendered in 2005 (see <see cref="Decode"/>).
/// </summary>
internal static class HtmlDecoder
{
    /// <summary>
    /// Decodes <paramref name="bytes"/>. Declarations are checked against the bytes, which is cheap
    /// (UTF-8 validation runs at many GB/s): a page declared in a legacy encoding whose bytes are valid
    /// UTF-8 with non-ASCII in them is read as UTF-8 (a CMS that emits UTF-8 under an old template's
    /// "iso-8859-1" header is common, and valid multi-byte UTF-8 by accident is not); a page declared
    /// UTF-8 whose bytes are mostly not UTF-8 is detected instead of turning every accented letter into U+FFFD.
    /// </summary>
    /// <param name="bytes">The page bytes.</param>
    /// <param name="transportCharset">The charset from an HTTP Content-Type, if any; unknown labels are ignored.</param>
    public static DecodedPage Decode(ReadOnlySpan<byte> bytes, string? transportCharset)
    {
        var choice = Choose(bytes, transportCharset);
        return new DecodedPage(choice.Encoding.GetString(bytes[choice.Skip..]), choice.EncodingName, choice.Source);
    }

    /// <summary>Chooses the encoding of <paramref name="bytes"/> as <see cref="Decode"/> does, without decoding them.</summary>
    /// <param name="bytes">The page bytes.</param>
    /// <param name="transportCharset">The charset from an HTTP Content-Type, if any.</param>
    /// <param name="utf8Valid">Whether the bytes are valid UTF-8, when the caller knows it already (for bytes with no byte-order mark).</param>
    public static DecodingChoice Choose(ReadOnlySpan<byte> bytes, string? transportCharset, bool? utf8Valid = null)
    {
        if (Bom(bytes, out int bomLength) is not { } bomEncoding)
            return Unmarked(bytes, transportCharset, utf8Valid);
        // A mark the bytes contradict is skipped, and the rest decoded as if it had none (see BomCheck).
        return BomCheck.Fitting(bomEncoding, bytes[bomLength..], bomLength)
            ?? Unmarked(bytes[bomLength..], transportCharset) with { Skip = bomLength };
    }

    // The choice for bytes with no byte-order mark (or one that does not fit them).
    private static DecodingChoice Unmarked(ReadOnlySpan<byte> bytes, string? transportCharset, bool? utf8Valid = null)
    {
        var declared = PageEncoding.FromLabel(transportCharset);
        string source = "transport";
        if (declared is { IsUtf16: true })
        {
            // Servers that say "utf-16" mostly send UTF-8; believe it only if the zero bytes agree (in either order).
            if (Utf16Sniff.Guess(bytes) is { } sniffed)
                return new DecodingChoice(sniffed, source);
            declared = null;
        }
        if (declared is null && Utf16Sniff.Guess(bytes) is { } utf16)
            return new DecodingChoice(utf16, "detected");
        if (declared is null)
        {
            declared = MetaCharsetPrescan.Find(bytes);
            source = "meta";
        }

        bool valid = utf8Valid ?? Utf8.IsValid(bytes);
        if (declared is null)
            return valid ? new DecodingChoice(PageEncoding.Utf8, "default") : Sniffed(bytes, "detected");
        if (declared.IsUtf8)
            return valid ? new DecodingChoice(declared, source) : Sniffed(bytes, source);
        // iso-2022-jp is written in 7-bit bytes, so its text is valid UTF-8 too; the rule below would misread it.
        if (valid && declared.CodePage != 50220 && !Ascii.IsValid(bytes))
            return new DecodingChoice(PageEncoding.Utf8, "detected");
        return new DecodingChoice(declared, source);
    }

    // Bytes that are not valid UTF-8 and whose declaration (if any) is not to be trusted.
    // utf8Source: what to call the source when the bytes turn out to be UTF-8 after all.
    private static DecodingChoice Sniffed(ReadOnlySpan<byte> bytes, string utf8Source)
    {
        if (Utf8Evidence.Measure(bytes).MostlyUtf8)
            return new DecodingChoice(Utf8WithWindows1252Fallback.Encoding, PageEncoding.Utf8.Name, utf8Source, 0);
        if (CharsetDetection.Detect(bytes) is { } detected)
            return new DecodingChoice(detected, "detected");
        // The fallback browsers use for Western locales, and the encoding of most undeclared legacy pages.
        return new DecodingChoice(PageEncoding.Windows1252, "default");
    }

    internal static PageEncoding? Bom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3
            : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2
            : 0;
        return length switch
        {
            3 => PageEncoding.Utf8,
            2 => bytes[0] == 0xFF ? PageEncoding.Utf16LE : PageEncoding.Utf16BE,
            _ => null,
        };
    }
}
