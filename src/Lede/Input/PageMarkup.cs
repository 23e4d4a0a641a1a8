using AngleSharp.Html.Dom;

namespace Lede.Input;

/// <summary>
/// The markup the parser reads: the page decoded, its nesting bounded, its scripts (all but JSON-LD) and style
/// sheets emptied by the pre-scan (<see cref="NestingGuard"/>). From bytes it lives in a pooled buffer, given back
/// on <see cref="Dispose"/> once the document parsed from it is no longer read.
/// </summary>
internal sealed class PageMarkup : IDisposable
{
    // The slowest parse measured: a megabyte of dense markup built for it (table cells, nested formatting) in about
    // a second; ordinary pages parse fifty times quicker.
    private const double SlowestCharsPerSecond = 1_000_000;

    /// <summary>
    /// How much markup is parsed straight from the buffer, a parse that cannot be stopped half-way: as much as the
    /// slowest parse gets through in a tenth of the time budget, so that it overruns the budget by a tenth at most.
    /// Longer markup is made a string and parsed by the parse that watches the budget as it goes. The default budget
    /// (30 s) allows 3 million characters, far more than a page; the pool's largest buffer is the ceiling.
    /// </summary>
    public static int MaxUnwatchedChars(TimeSpan timeBudget)
        => timeBudget == Timeout.InfiniteTimeSpan ? PageBuffers.MaxPooledChars
            : (int)Math.Clamp(timeBudget.TotalSeconds / 10 * SlowestCharsPerSecond, 0, PageBuffers.MaxPooledChars);

    private char[]? _buffer;
    private readonly int _length;
    private readonly string? _text;

    private PageMarkup(char[] buffer, int length) => (_buffer, _length) = (buffer, length);

    private PageMarkup(string text) => _text = text;

    /// <summary>
    /// From page bytes. The page is decoded into a pooled buffer and bounded there, in place: no string of the page
    /// is made at all, and a page is a large object, which is what a long batch's peak memory is made of.
    /// </summary>
    public static PageMarkup FromBytes(ReadOnlySpan<byte> bytes, string? transportCharset, int maxDepth, int maxUnwatchedChars)
    {
        var choice = HtmlDecoder.Choose(bytes, transportCharset);
        var page = bytes[choice.Skip..];
        var buffer = PageBuffers.Chars.Rent(choice.Encoding.GetMaxCharCount(page.Length));
        try
        {
            int decoded = choice.Encoding.GetChars(page, buffer);
            int length = NestingGuard.BoundInPlace(buffer.AsSpan(0, decoded), maxDepth, out _, elideCode: true);
            if (length <= maxUnwatchedChars)
                return new PageMarkup(buffer, length);
            var text = new string(buffer, 0, length);
            PageBuffers.Chars.Return(buffer);
            return new PageMarkup(text);
        }
        catch
        {
            PageBuffers.Chars.Return(buffer);
            throw;
        }
    }

    /// <summary>From page text that is already decoded.</summary>
    public static PageMarkup FromText(string html, int maxDepth) => new(NestingGuard.Bound(html, maxDepth, out _, elideCode: true));

    /// <summary>The markup's length in characters.</summary>
    public int Length => _text?.Length ?? _length;

    /// <summary>Parses the markup; the document may read the buffer until this is disposed.</summary>
    public IHtmlDocument Parse(CancellationToken cancellationToken)
    {
        if (_text is not null)
            return PageParser.Parse(_text, cancellationToken);
        ObjectDisposedException.ThrowIf(_buffer is null, this);
        return PageParser.Parse(_buffer.AsMemory(0, _length), cancellationToken);
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
            PageBuffers.Chars.Return(buffer);
        _buffer = null;
    }
}
