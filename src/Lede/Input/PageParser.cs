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
}
