using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Lede.Tests.Html;

/// <summary>
/// AngleSharp as the harness runs it: the parser with scripting off (so <c>&lt;noscript&gt;</c> holds markup, as
/// it does for an extractor) and everything else at its defaults, comments kept. Documents come from
/// <c>ParseDocument</c>, fragments from <c>ParseFragment</c> with a context element made in its namespace.
/// </summary>
internal static class AngleSharpTreeParser
{
    /// <summary>The options: scripting off, set here although it is AngleSharp's default (a test checks the default).</summary>
    public static HtmlParserOptions Options => new() { IsScripting = false };

    // ParseDocument and ParseFragment build a new document each call; the parser keeps no state between them.
    private static readonly HtmlParser Parser = new(Options);

    /// <summary>Parses a whole document.</summary>
    public static IDocument Document(string markup) => Parser.ParseDocument(markup);

    /// <summary>Parses <paramref name="markup"/> as the inner HTML of an element named by <paramref name="context"/>.</summary>
    public static INodeList Fragment(string markup, FragmentContext context)
    {
        var owner = Parser.ParseDocument("");
        string? namespaceUri = context.Namespace switch
        {
            ContextNamespace.Svg => NamespaceNames.SvgUri,
            ContextNamespace.MathML => NamespaceNames.MathMlUri,
            _ => NamespaceNames.HtmlUri,
        };
        return Parser.ParseFragment(markup, owner.CreateElement(namespaceUri, context.LocalName));
    }

    /// <summary>The tree of <paramref name="markup"/> in html5lib's format: the parser <see cref="TreeConformance"/> runs.</summary>
    public static string Dump(string markup, FragmentContext? context)
        => context is null ? AngleSharpTreeDump.Dump(Document(markup)) : AngleSharpTreeDump.Dump(Fragment(markup, context));
}
