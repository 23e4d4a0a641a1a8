using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Lede.Html;

/// <summary>
/// Turns a document a caller parsed with AngleSharp into a page tree, in one walk, so that
/// <c>Extractor.Extract(IDocument)</c> runs the same stages as every other input. The one place outside tests and
/// benchmarks that names AngleSharp.
/// </summary>
/// <remarks>
/// Text and attribute values are copied into the tree's buffer (the document's strings are not one markup the ranges
/// could point into). A template's contents become its <see cref="NodeKind.TemplateContent"/> child, as the parser
/// makes them. The walk is iterative and checks for cancellation every 4,096 nodes.
/// </remarks>
internal static class DocumentAdapter
{
    public static PageTree ToTree(IDocument document, CancellationToken cancellationToken = default)
    {
        var text = new PageText("");
        var tree = new PageTree(text, new NameTable(), 1024, 1024);
        try
        {
            var attributes = new List<PageAttribute>();
            // (AngleSharp node whose children are to be copied, the tree node they go under).
            var pending = new Stack<(INode From, int Into)>();
            pending.Push((document, PageTree.Document));
            int copied = 0;
            while (pending.Count > 0)
            {
                var (from, into) = pending.Pop();
                var children = from.ChildNodes;
                for (int i = 0; i < children.Length; i++)
                {
                    if ((++copied & 0xFFF) == 0)
                        cancellationToken.ThrowIfCancellationRequested();
                    int node = Copy(tree, children[i], attributes);
                    if (node < 0)
                        continue;
                    tree.AppendChild(into, node);
                    if (children[i] is IHtmlTemplateElement template)
                    {
                        int content = tree.AddNode(NodeKind.TemplateContent, 0, ElementNamespace.Html, 0, 0);
                        tree.AppendChild(node, content);
                        pending.Push((template.Content, content));
                    }
                    else if (children[i] is IElement)
                        pending.Push((children[i], node));
                }
            }
            return tree;
        }
        catch
        {
            tree.Dispose();
            throw;
        }
    }

    // The tree node for one DOM node (its children are copied later), or -1 for a kind the tree does not hold.
    static int Copy(PageTree tree, INode node, List<PageAttribute> attributes)
    {
        switch (node)
        {
            case IElement element:
                attributes.Clear();
                foreach (var attribute in element.Attributes)
                    attributes.Add(new PageAttribute(tree.Names.Intern(attribute.LocalName), Append(tree.Text, attribute.Value),
                        NamespaceOf(attribute.NamespaceUri)));
                return tree.AddElement(tree.Names.Intern(element.LocalName), NamespaceOf(element), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(attributes));
            case IText textNode:
                var range = Append(tree.Text, textNode.Data);
                return range.Length == 0 ? -1 : tree.AddNode(NodeKind.Text, 0, ElementNamespace.Html, range.Start, range.Length);
            case IComment comment:
                var data = Append(tree.Text, comment.Data);
                return tree.AddNode(NodeKind.Comment, 0, ElementNamespace.Html, data.Start, data.Length);
            case IDocumentType doctype:
                // AngleSharp keeps an identifier it did not see as "": read as absent, the commoner case.
                var name = Append(tree.Text, doctype.Name);
                tree.Doctype = new DoctypeInfo(name, Optional(tree.Text, doctype.PublicIdentifier), Optional(tree.Text, doctype.SystemIdentifier));
                return tree.AddNode(NodeKind.Doctype, 0, ElementNamespace.Html, name.Start, name.Length);
            default:
                return -1;
        }
    }

    static TextRange Optional(PageText text, string? value) => string.IsNullOrEmpty(value) ? TextRange.Missing : Append(text, value);

    static TextRange Append(PageText text, string value)
    {
        int start = text.End;
        text.Append(value);
        return new TextRange(start, value.Length);
    }

    static ElementNamespace NamespaceOf(IElement element)
        => element.NamespaceUri == NamespaceNames.SvgUri ? ElementNamespace.Svg
            : element.NamespaceUri == NamespaceNames.MathMlUri ? ElementNamespace.MathMl
            : ElementNamespace.Html;

    static AttributeNamespace NamespaceOf(string? uri)
        => uri is null ? AttributeNamespace.None
            : uri == NamespaceNames.XLinkUri ? AttributeNamespace.XLink
            : uri == NamespaceNames.XmlUri ? AttributeNamespace.Xml
            : uri == NamespaceNames.XmlNsUri ? AttributeNamespace.Xmlns
            : AttributeNamespace.None;
}
