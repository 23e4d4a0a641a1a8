using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>
/// Lede's own parser as the harness runs it: scripting off, script and style text kept (the suite's trees hold
/// it), documents and fragments dumped in the harness's form of html5lib's format (no <c>| </c> prefix, no final
/// newline).
/// </summary>
internal static class LedeTreeParser
{
    /// <summary>The options the conformance runs use.</summary>
    public static readonly HtmlParseOptions Options = new() { KeepScriptText = true };

    /// <summary>The tree of <paramref name="markup"/> in the harness's form: the parser <see cref="TreeConformance"/> runs.</summary>
    public static string Dump(string markup, FragmentContext? context)
    {
        if (context is null)
        {
            using var document = HtmlTreeParser.Parse(markup, Options);
            return Canonical(TreeFormat.Document(document, linePrefix: ""));
        }
        var ns = context.Namespace switch
        {
            ContextNamespace.Svg => ElementNamespace.Svg,
            ContextNamespace.MathML => ElementNamespace.MathMl,
            _ => ElementNamespace.Html,
        };
        var (tree, root) = HtmlTreeParser.ParseFragment(markup, ns, context.LocalName, Options);
        using (tree)
            return Canonical(TreeFormat.Children(tree, root, linePrefix: ""));
    }

    static string Canonical(string dump) => dump.EndsWith('\n') ? dump[..^1] : dump;
}
