namespace Lede.Input;

/// <summary>
/// The markup the parser reads: the page decoded, its nesting bounded, its scripts (all but JSON-LD) and style
/// sheets emptied by the pre-scan (<see cref="NestingGuard"/>).
/// </summary>
internal static class PageMarkup
{
    /// <summary>
    /// From page bytes. The decoded page is only ever scanned, never kept: it is decoded into a pooled buffer, and
    /// the one string made is the (shorter) one the parser reads. A page is a large object, and large objects are
    /// what a long batch's peak memory is made of.
    /// </summary>
    public static string FromBytes(ReadOnlySpan<byte> bytes, string? transportCharset, int maxDepth)
    {
        var choice = HtmlDecoder.Choose(bytes, transportCharset);
        var page = bytes[choice.Skip..];
        var buffer = PageBuffers.Chars.Rent(choice.Encoding.GetMaxCharCount(page.Length));
        try
        {
            int length = choice.Encoding.GetChars(page, buffer);
            return NestingGuard.Bound(buffer.AsSpan(0, length), maxDepth, out _, elideCode: true);
        }
        finally
        {
            PageBuffers.Chars.Return(buffer);
        }
    }

    /// <summary>From page text that is already decoded.</summary>
    public static string FromText(string html, int maxDepth) => NestingGuard.Bound(html, maxDepth, out _, elideCode: true);
}
