using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Input;

/// <summary>Parses page text into an HTML5 DOM with one shared, thread-safe AngleSharp parser.</summary>
internal static class PageParser
{
    // HtmlParser is thread-safe for ParseDocument; comments and source positions are not needed (not tracking
    // positions made the parse of the benchmark pages 3% quicker, with the same DOM).
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
        IsNotConsumingCharacterReferences = false,
        IsScripting = false,
        SkipComments = true,
    });

    /// <summary>
    /// Parses <paramref name="html"/>. The asynchronous parse watches the token as it goes, so a page that
    /// still builds slowly after <see cref="NestingGuard"/> ends in a timeout instead of a hang; on a string
    /// source it never waits, so it completes synchronously.
    /// </summary>
    public static IHtmlDocument Parse(string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Parser.ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Parses markup held in a buffer, with no string made of it. This parse cannot watch the token, so it is for
    /// markup short enough to parse in a small part of the time budget (<see cref="PageMarkup.MaxUnwatchedChars"/>); the token
    /// is checked before it starts and after it ends.
    /// </summary>
    public static IHtmlDocument Parse(ReadOnlyMemory<char> html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = Parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        return document;
    }
}
