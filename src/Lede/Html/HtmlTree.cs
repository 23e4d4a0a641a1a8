using Lede.Input;

namespace Lede.Html;

/// <summary>
/// A page's tree as Lede's parser builds it, written in the html5lib-tests <c>#document</c> format (a line a node,
/// <c>| </c> and two spaces a level, attributes sorted under their element, <c>content</c> for a template's
/// contents): to see why a page was read as it was, and to check the parser against other parsers.
/// </summary>
public static class HtmlTree
{
    /// <summary>Decodes page bytes as <see cref="Extractor"/> does (byte-order mark, <paramref name="charset"/>, <c>&lt;meta charset&gt;</c>, detection) and writes their tree.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="charset">The charset to decode with, as an HTTP <c>Content-Type</c> would name it; null to decide from the bytes.</param>
    /// <param name="fragmentContext">Null for a document; else the element whose inner HTML the page is parsed as: <c>td</c>, <c>svg path</c>, <c>math mi</c>.</param>
    /// <param name="options">How to parse; default: scripting off, script text kept (a tree as the html5lib tests write it).</param>
    /// <param name="cancellationToken">Stops the parse.</param>
    public static string Write(ReadOnlySpan<byte> page, string? charset = null, string? fragmentContext = null,
        HtmlParseOptions? options = null, CancellationToken cancellationToken = default) =>
        Write(HtmlDecoder.Decode(page, charset).Html, fragmentContext, options, cancellationToken);

    /// <summary>Writes the tree of decoded markup (see the other overload for the parameters).</summary>
    public static string Write(string markup, string? fragmentContext = null, HtmlParseOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= FullTree;
        if (fragmentContext is null)
        {
            using var document = HtmlTreeParser.Parse(markup, options, cancellationToken);
            return TreeFormat.Document(document);
        }
        var (ns, name) = Context(fragmentContext);
        var (tree, root) = HtmlTreeParser.ParseFragment(markup, ns, name, options, cancellationToken);
        using (tree)
            return TreeFormat.Children(tree, root);
    }

    static readonly HtmlParseOptions FullTree = new() { KeepScriptText = true };

    /// <summary>Reads a fragment context as the html5lib tests write it: <c>td</c>, <c>svg path</c>, <c>math mi</c>.</summary>
    /// <exception cref="ArgumentException">The context is empty.</exception>
    static (ElementNamespace Namespace, string Name) Context(string context)
    {
        context = context.Trim();
        if (context.StartsWith("svg ", StringComparison.Ordinal))
            return (ElementNamespace.Svg, context[4..].Trim());
        if (context.StartsWith("math ", StringComparison.Ordinal))
            return (ElementNamespace.MathMl, context[5..].Trim());
        if (context.Length == 0)
            throw new ArgumentException("a fragment context names an element, such as td, svg path or math mi", nameof(context));
        return (ElementNamespace.Html, context.ToLowerInvariant());
    }
}
