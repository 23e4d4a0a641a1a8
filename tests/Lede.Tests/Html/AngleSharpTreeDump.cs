using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Lede.Tests.Html;

/// <summary>
/// Writes an AngleSharp tree in html5lib's <c>#document</c> format, in the canonical form of
/// <see cref="TreeConstructionCase.Expected"/>: one node a line (a text node's newlines are not escaped, so it may
/// span lines), two spaces a level starting from none, no <c>| </c> prefix, lines joined with <c>\n</c>.
/// </summary>
internal static class AngleSharpTreeDump
{
    /// <summary>The dump of a document: its children (doctype, comments, <c>&lt;html&gt;</c>) at the top level.</summary>
    public static string Dump(IDocument document) => Dump(document.ChildNodes);

    /// <summary>The dump of a list of nodes at the top level, such as the nodes a fragment parse returns.</summary>
    public static string Dump(IEnumerable<INode> nodes)
    {
        var dump = new StringBuilder();
        // An explicit stack, not recursion: a real page may nest deeper than the call stack likes.
        var pending = new Stack<(INode? Node, string? Line, int Depth)>();
        foreach (var node in nodes.Reverse())
            pending.Push((node, null, 0));
        while (pending.TryPop(out var item))
        {
            if (dump.Length > 0)
                dump.Append('\n');
            dump.Append(' ', item.Depth * 2);
            if (item.Node is null)
            {
                dump.Append(item.Line);
                continue;
            }
            AppendNode(dump, item.Node);
            if (item.Node is IElement element)
                PushInside(pending, element, item.Depth + 1);
        }
        return dump.ToString();
    }

    private static void AppendNode(StringBuilder dump, INode node)
    {
        switch (node)
        {
            case IElement element:
                dump.Append('<').Append(ElementName(element)).Append('>');
                break;
            case IText text:
                dump.Append('"').Append(text.Data).Append('"');
                break;
            case IComment comment:
                dump.Append("<!-- ").Append(comment.Data).Append(" -->");
                break;
            case IDocumentType doctype:
                dump.Append("<!DOCTYPE ").Append(doctype.Name);
                if (doctype.PublicIdentifier.Length > 0 || doctype.SystemIdentifier.Length > 0)
                    dump.Append(" \"").Append(doctype.PublicIdentifier).Append("\" \"").Append(doctype.SystemIdentifier).Append('"');
                dump.Append('>');
                break;
            case IProcessingInstruction instruction:
                dump.Append("<?").Append(instruction.Target).Append(' ').Append(instruction.Data).Append('>');
                break;
            default:
                throw new NotSupportedException($"no html5lib form for a {node.NodeType} node");
        }
    }

    // What goes below an element, pushed in reverse so it pops in order: attributes, then a template's contents
    // under a "content" line, then the element's own children.
    private static void PushInside(Stack<(INode? Node, string? Line, int Depth)> pending, IElement element, int depth)
    {
        foreach (var child in element.ChildNodes.Reverse())
            pending.Push((child, null, depth));
        if (element is IHtmlTemplateElement template)
        {
            foreach (var child in template.Content.ChildNodes.Reverse())
                pending.Push((child, null, depth + 1));
            pending.Push((null, "content", depth));
        }
        // Sorted by name alone: sorting whole lines would put "a-b" before "a", since '-' sorts before '='.
        var attributes = element.Attributes
            .Select(attribute => (Name: AttributeName(attribute), attribute.Value))
            .OrderBy(attribute => attribute.Name, StringComparer.Ordinal);
        foreach (var (name, value) in attributes.Reverse())
            pending.Push((null, $"{name}=\"{value}\"", depth));
    }

    // AngleSharp's namespace names are static fields, not constants, so they cannot be switch cases.
    private static string ElementName(IElement element)
        => element.NamespaceUri == NamespaceNames.SvgUri ? "svg " + element.LocalName
            : element.NamespaceUri == NamespaceNames.MathMlUri ? "math " + element.LocalName
            : element.LocalName;

    private static string AttributeName(IAttr attribute)
        => attribute.NamespaceUri == NamespaceNames.XLinkUri ? "xlink " + attribute.LocalName
            : attribute.NamespaceUri == NamespaceNames.XmlUri ? "xml " + attribute.LocalName
            : attribute.NamespaceUri == NamespaceNames.XmlNsUri ? "xmlns " + attribute.LocalName
            : attribute.Name;
}
