using System.Text;

namespace Lede.Html;

/// <summary>
/// Writes a page tree in the html5lib-tests <c>#document</c> format: a line a node, <c>| </c> and two spaces a
/// level, elements as <c>&lt;name&gt;</c> (<c>svg </c> or <c>math </c> before a foreign one's), attributes
/// sorted on the lines under their element, text in quotes, <c>content</c> for a template's contents.
/// </summary>
internal static class TreeFormat
{
    /// <summary>The whole document; <paramref name="linePrefix"/> starts each node's line ("| " in the suite's files).</summary>
    public static string Document(PageTree tree, string linePrefix = "| ") => Children(tree, PageTree.Document, linePrefix);

    /// <summary>The children of one node (a fragment's root) and their descendants, the children at depth 0.</summary>
    public static string Children(PageTree tree, int parent, string linePrefix = "| ")
    {
        var output = new StringBuilder();
        var pending = new Stack<(int Node, int Depth)>();
        for (int child = tree[parent].LastChild; child >= 0; child = tree[child].PreviousSibling)
            pending.Push((child, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            WriteNode(tree, node, depth, linePrefix, output);
            for (int child = tree[node].LastChild; child >= 0; child = tree[child].PreviousSibling)
                pending.Push((child, depth + 1));
        }
        return output.ToString();
    }

    static void WriteNode(PageTree tree, int node, int depth, string linePrefix, StringBuilder output)
    {
        ref readonly var n = ref tree[node];
        Indent(output, linePrefix, depth);
        switch (n.Kind)
        {
            case NodeKind.Element:
                output.Append('<');
                if (n.Namespace == ElementNamespace.Svg)
                    output.Append("svg ");
                else if (n.Namespace == ElementNamespace.MathMl)
                    output.Append("math ");
                output.Append(tree.Names[n.Name]).Append(">\n");
                WriteAttributes(tree, node, depth + 1, linePrefix, output);
                break;
            case NodeKind.Text:
                output.Append('"').Append(tree.TextOf(node)).Append("\"\n");
                break;
            case NodeKind.Comment:
                output.Append("<!-- ").Append(tree.TextOf(node)).Append(" -->\n");
                break;
            case NodeKind.Doctype:
                var doctype = tree.Doctype;
                output.Append("<!DOCTYPE ").Append(tree.Text[doctype.Name]);
                if (doctype.PublicId.Length > 0 || doctype.SystemId.Length > 0)
                    output.Append(" \"").Append(tree.Text[doctype.PublicId]).Append("\" \"").Append(tree.Text[doctype.SystemId]).Append('"');
                output.Append(">\n");
                break;
            case NodeKind.TemplateContent:
                output.Append("content\n");
                break;
        }
    }

    static void WriteAttributes(PageTree tree, int element, int depth, string linePrefix, StringBuilder output)
    {
        var attributes = tree.AttributesOf(element);
        if (attributes.Length == 0)
            return;
        var lines = new List<(string Name, string Value)>(attributes.Length);
        foreach (var attribute in attributes)
        {
            string prefix = attribute.Namespace switch
            {
                AttributeNamespace.XLink => "xlink ",
                AttributeNamespace.Xml => "xml ",
                AttributeNamespace.Xmlns => "xmlns ",
                _ => "",
            };
            lines.Add((prefix + tree.Names[attribute.Name], tree.Text.ToString(attribute.Value)));
        }
        lines.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, value) in lines)
        {
            Indent(output, linePrefix, depth);
            output.Append(name).Append("=\"").Append(value).Append("\"\n");
        }
    }

    static void Indent(StringBuilder output, string linePrefix, int depth) => output.Append(linePrefix).Append(' ', depth * 2);
}
