using AngleSharp.Html.Parser;

namespace Lede.Benchmarks;

/// <summary>
/// The parse-only baseline: one AngleSharp parser set up as Lede sets up its own (no source
/// references, no scripting, comments skipped), so the ratio to it is the cost of everything Lede
/// adds around parsing (charset decoding, the depth guard, and extraction itself).
/// </summary>
internal static class ParserBaseline
{
    public static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsKeepingSourceReferences = false,
        IsScripting = false,
        SkipComments = true,
    });
}
