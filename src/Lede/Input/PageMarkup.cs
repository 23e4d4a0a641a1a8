using Lede.Html;

namespace Lede.Input;

/// <summary>The markup the parser reads: the page decoded into a pooled buffer, read in place (no string of the page is made).</summary>
internal static class PageMarkup
{
    /// <summary>
    /// Decodes page bytes as a browser would (BOM, transport charset, &lt;meta charset&gt;, detection) into a buffer
    /// from <see cref="PageBuffers.Chars"/>, which the returned text owns and gives back when disposed: a page is a
    /// large object, and a long batch's peak memory is made of them.
    /// </summary>
    public static PageText FromBytes(ReadOnlySpan<byte> bytes, string? transportCharset)
    {
        var choice = HtmlDecoder.Choose(bytes, transportCharset);
        var page = bytes[choice.Skip..];
        var buffer = PageBuffers.Chars.Rent(Math.Max(choice.Encoding.GetMaxCharCount(page.Length), 1));
        try
        {
            int decoded = choice.Encoding.GetChars(page, buffer);
            return new PageText(buffer, decoded, PageBuffers.Chars);
        }
        catch
        {
            PageBuffers.Chars.Return(buffer);
            throw;
        }
    }
}
