using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Input;

/// <summary>Parses page text into an HTML5 DOM with one shared, thread-safe AngleSharp parser.</summary>
internal static class PageParser
{
    // HtmlParser is thread-safe for ParseDocument; comments and source positions are not needed.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsKeepingSourceReferences = false,
        IsNotConsumingCharacterReferences = false,
        IsScripting = false,
        SkipComments = true,
    });

    public static IHtmlDocument Parse(string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Parser.ParseDocument(html);
    }
}
