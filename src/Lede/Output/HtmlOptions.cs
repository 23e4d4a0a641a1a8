namespace Lede;

/// <summary>What <see cref="HtmlWriter"/> writes. <c>new()</c> gives the defaults; change them with <c>with { … }</c>.</summary>
public sealed record HtmlOptions
{
    /// <summary>The defaults: a whole document, with the title, standfirst, byline and figures.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>
    /// Write a whole document (doctype, <c>&lt;head&gt;</c> with the title, language and canonical link); false writes
    /// the <c>&lt;article&gt;</c> element alone, to put into a page of one's own. Default: true.
    /// </summary>
    public bool Document { get; init; } = true;

    /// <summary>Open the article with a header: the title as <c>&lt;h1&gt;</c>, the standfirst, the authors and the publication date. Default: true.</summary>
    public bool IncludeHeader { get; init; } = true;

    /// <summary>Write figures with their caption and credit. Default: true.</summary>
    public bool IncludeFigures { get; init; } = true;

    /// <summary>Write the body's links as links; false writes their text alone. Default: true.</summary>
    public bool IncludeLinks { get; init; } = true;
}
