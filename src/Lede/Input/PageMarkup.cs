using System.Buffers;
using System.Text.Unicode;

namespace Lede.Input;

/// <summary>The markup the parser reads: the page decoded into a pooled buffer, to be read in place (no string of the page is made).</summary>
internal static class PageMarkup
{
    /// <summary>
    /// Decodes page bytes as a browser would (BOM, transport charset, &lt;meta charset&gt;, detection) into a buffer
    /// rented from <see cref="PageBuffers.Chars"/>; whoever takes it gives it back there. A page is a large object,
    /// and a long batch's peak memory is made of them. Control characters are replaced (<see cref="ControlCharacters"/>).
    /// </summary>
    public static (char[] Buffer, int Length) FromBytes(ReadOnlySpan<byte> bytes, string? transportCharset)
    {
        if (HtmlDecoder.Bom(bytes, out _) is null)
        {
            // Most pages are UTF-8 without a mark: decoding them as UTF-8 first also tells whether they are valid UTF-8,
            // which the choice needs, so their bytes are read once rather than validated and then decoded.
            var speculative = PageBuffers.Chars.Rent(Math.Max(bytes.Length, 1));
            bool valid = Utf8.ToUtf16(bytes, speculative, out _, out int written, replaceInvalidSequences: false) == OperationStatus.Done;
            var chosen = HtmlDecoder.Choose(bytes, transportCharset, valid);
            if (valid && chosen.EncodingName == PageEncoding.Utf8.Name)
            {
                ControlCharacters.ScrubMarkup(speculative.AsSpan(0, written));
                return (speculative, written);
            }
            PageBuffers.Chars.Return(speculative);
            return Decoded(bytes, chosen);
        }
        return Decoded(bytes, HtmlDecoder.Choose(bytes, transportCharset));
    }

    private static (char[] Buffer, int Length) Decoded(ReadOnlySpan<byte> bytes, DecodingChoice choice)
    {
        var page = bytes[choice.Skip..];
        var buffer = PageBuffers.Chars.Rent(Math.Max(choice.Encoding.GetMaxCharCount(page.Length), 1));
        try
        {
            int length = choice.Encoding.GetChars(page, buffer);
            ControlCharacters.ScrubMarkup(buffer.AsSpan(0, length));
            return (buffer, length);
        }
        catch
        {
            PageBuffers.Chars.Return(buffer);
            throw;
        }
    }

    /// <summary>Markup given as text, copied into a buffer from <see cref="PageBuffers.Chars"/> with its control characters replaced.</summary>
    public static (char[] Buffer, int Length) FromText(string markup)
    {
        var buffer = PageBuffers.Chars.Rent(Math.Max(markup.Length, 1));
        markup.CopyTo(buffer);
        ControlCharacters.ScrubMarkup(buffer.AsSpan(0, markup.Length));
        return (buffer, markup.Length);
    }
}
