namespace Lede.Input;

/// <summary>
/// A cheap pre-scan of the markup, before AngleSharp sees it, that bounds element nesting: AngleSharp's
/// tree building grows with the square of the depth (42 s for 100 000 nested divs), so tags nested past
/// the limit are dropped while their text is kept.
/// </summary>
/// <remarks>
/// The scan follows the HTML tokenizer (comments, quoted attribute values, raw-text elements such as
/// script and style) and, roughly, the tree builder's stack of open elements: void elements, implied end
/// tags (a new &lt;p&gt;, &lt;li&gt;, &lt;td&gt; or &lt;tr&gt; closes the open one), end tags that close up to
/// their element but not past a scope boundary. So sloppy real pages are measured as a browser would
/// nest them, and none of the 181 benchmark pages loses a tag at the default limit of 256.
/// </remarks>
internal static class NestingGuard
{
    /// <summary>
    /// Inline formatting elements (b, i, em, strong, font, a, …) kept open at once, at most. The tree
    /// builder re-opens every one of them in each new block (the adoption agency algorithm), so a few
    /// hundred unclosed ones multiply the page's node count and make AngleSharp crawl, long before depth
    /// does. Real pages nest a handful; font-soup pages that never close &lt;font&gt; reach a few dozen, and
    /// dropping formatting tags loses no text.
    /// </summary>
    internal const int MaxFormattingDepth = 16;

    /// <summary>
    /// Returns the markup with nesting bounded by <paramref name="maxDepth"/>; the same string instance when nothing changed.
    /// </summary>
    /// <param name="html">The page markup.</param>
    /// <param name="maxDepth">The deepest nesting kept (at least 1).</param>
    /// <param name="droppedTags">How many tags (start and end tags) were removed.</param>
    /// <param name="elideCode">
    /// Also empty the scripts (all but JSON-LD) and style sheets, which extraction never reads: the same pass
    /// finds them, and parsing half a page less is the largest saving there is (see NestingScanner).
    /// </param>
    public static string Bound(string html, int maxDepth, out int droppedTags, bool elideCode = false)
    {
        ArgumentNullException.ThrowIfNull(html);
        var scanner = Scanner(html, maxDepth, elideCode);
        try
        {
            scanner.Run();
            droppedTags = scanner.DroppedTags;
            return scanner.Result(html);
        }
        finally
        {
            scanner.Dispose();
        }
    }

    /// <summary>
    /// Bounds the markup in <paramref name="html"/> (a decoding buffer) in place: the result is written over the
    /// buffer from its start, and its length returned. The decoded page is never made a string at all.
    /// </summary>
    /// <inheritdoc cref="Bound(string, int, out int, bool)"/>
    public static int BoundInPlace(Span<char> html, int maxDepth, out int droppedTags, bool elideCode = false)
    {
        var scanner = Scanner(html, maxDepth, elideCode);
        try
        {
            scanner.Run();
            droppedTags = scanner.DroppedTags;
            return scanner.ResultInPlace(html);
        }
        finally
        {
            scanner.Dispose();
        }
    }

    private static NestingScanner Scanner(ReadOnlySpan<char> html, int maxDepth, bool elideCode)
        => new(html, Math.Max(1, maxDepth), Math.Min(Math.Max(1, maxDepth), MaxFormattingDepth), elideCode);
}
