using Lede.Cli.Eval;
using Lede.Input;

namespace Lede.Tests.Html;

/// <summary>
/// Real pages as markup, for comparing parsers on what extraction meets: the ScrapingHub benchmark's pages,
/// decoded from their bytes exactly as <see cref="Extractor"/> decodes a page given without a charset
/// (<see cref="HtmlDecoder"/>: byte-order mark, meta prescan, detection). The markup is not bounded by
/// <see cref="NestingGuard"/>, which is extraction's business, not the parser's: both parsers see the same text.
/// Dump a parse with <see cref="AngleSharpTreeDump.Dump(AngleSharp.Dom.IDocument)"/>.
/// </summary>
internal static class RealPages
{
    /// <summary>The ScrapingHub pages in ID order, named by ID; none when the benchmark is absent.</summary>
    public static IEnumerable<(string Name, string Markup)> ScrapingHubPages()
    {
        if (SharedData.ScrapingHub is not { } root)
            yield break;
        foreach (var (id, path) in ScrapingHubData.Load(root).Pages())
            yield return (id, HtmlDecoder.Decode(LedeRun.Gunzip(path), transportCharset: null).Html);
    }
}
