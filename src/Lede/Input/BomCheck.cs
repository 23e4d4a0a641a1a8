using System.Text.Unicode;

namespace Lede.Input;

/// <summary>
/// Checks a byte-order mark against the bytes after it. A mark is three or two bytes that a template, an editor or a
/// concatenation can put in front of text in another encoding; decoding by the mark alone then turns the whole page
/// into mojibake. The bytes are cheap to check and hard to fake: UTF-16 markup has a zero byte in every ASCII character.
/// </summary>
internal static class BomCheck
{
    // How far to look for the zero bytes of UTF-16: the window Utf16Sniff reads.
    private const int Window = 512;

    /// <summary>
    /// How to decode the bytes after a mark: as the mark says when they fit it; as UTF-16 of the order their zero bytes
    /// show (whichever mark came first); UTF-8 with stray legacy bytes read as windows-1252 under a UTF-8 mark when most
    /// of the text is UTF-8. Null when the bytes contradict the mark and fit no UTF: they are to be decoded as if there
    /// were no mark (declarations, then detection).
    /// </summary>
    public static DecodingChoice? Fitting(PageEncoding mark, ReadOnlySpan<byte> rest, int markLength)
    {
        if (Utf16Sniff.Guess(rest) is { } utf16)
            return new DecodingChoice(utf16, utf16 == mark ? "bom" : "detected", markLength);
        if (mark.IsUtf16)
        {
            // No zero byte near the start and text that reads as UTF-8: not UTF-16, whatever the mark says.
            bool zeros = rest[..Math.Min(rest.Length, Window)].Contains((byte)0);
            return zeros || !Utf8Evidence.Measure(rest).MostlyUtf8 ? new DecodingChoice(mark, "bom", markLength) : null;
        }
        if (Utf8.IsValid(rest))
            return new DecodingChoice(mark, "bom", markLength);
        return Utf8Evidence.Measure(rest).MostlyUtf8
            ? new DecodingChoice(Utf8WithWindows1252Fallback.Encoding, PageEncoding.Utf8.Name, "bom", markLength)
            : null;
    }
}
