using System.Buffers;

namespace Lede.Html;

/// <summary>What a node of the page tree is.</summary>
internal enum NodeKind : byte
{
    /// <summary>The document (node 0 of a page), or the root of a fragment.</summary>
    Document,
    /// <summary>An element: name, namespace, attributes.</summary>
    Element,
    /// <summary>A run of text.</summary>
    Text,
    /// <summary>A comment.</summary>
    Comment,
    /// <summary>The DOCTYPE (its name and identifiers are the tree's <see cref="PageTree.Doctype"/>).</summary>
    Doctype,
    /// <summary>A <c>template</c>'s contents: always the template's first and only child, holding what the template holds.</summary>
    TemplateContent,
}

/// <summary>An element's namespace.</summary>
internal enum ElementNamespace : byte
{
    Html,
    Svg,
    MathMl,
}

/// <summary>An attribute's namespace, set on attributes of foreign elements (<c>xlink:href</c> → XLink, local name <c>href</c>).</summary>
internal enum AttributeNamespace : byte
{
    None,
    XLink,
    Xml,
    Xmlns,
}

/// <summary>An attribute in the tree: its local name's id, its value, and its namespace (None for nearly all).</summary>
internal readonly record struct PageAttribute(int Name, TextRange Value, AttributeNamespace Namespace = AttributeNamespace.None);

/// <summary>
/// One node: its links to the others by index (-1 for none), what it is, and its data — for an element its
/// name id and its attributes (a run of the tree's attribute array), for text and comments a range of
/// the page's text. A small record in one array, so that walking the tree touches little memory and builds
/// no objects.
/// </summary>
internal struct PageNode
{
    public int Parent;
    public int FirstChild;
    public int LastChild;
    public int NextSibling;
    public int PreviousSibling;
    /// <summary>An element's name id (0 for other nodes).</summary>
    public int Name;
    /// <summary>Text and comments: the start of their text; elements: the index of their first attribute.</summary>
    public int DataStart;
    /// <summary>Text and comments: the length of their text; elements: how many attributes they have.</summary>
    public int DataLength;
    public NodeKind Kind;
    public ElementNamespace Namespace;
}

/// <summary>The DOCTYPE's name and identifiers (<see cref="TextRange.Missing"/> where the page gave none).</summary>
internal readonly record struct DoctypeInfo(TextRange Name, TextRange PublicId, TextRange SystemId);

/// <summary>
/// A parsed page as a flat tree: nodes in one array linked by index (node 0 is the document), attributes in a
/// side array, every character in one <see cref="PageText"/>, names as ids of one <see cref="NameTable"/>.
/// Built by <see cref="TreeBuilder"/>; read-only for everyone else.
/// </summary>
/// <remarks>
/// The arrays are rented from the shared array pools and given back by <see cref="Dispose"/>, so that a batch parsing
/// page after page reuses the same memory instead of making the collector clear a page's worth of nodes each time; a
/// tree that is not disposed is simply collected. A disposed tree must not be read.
/// </remarks>
internal sealed partial class PageTree : IDisposable
{
    PageNode[] nodes;
    int nodeCount;
    PageAttribute[] attributes;
    int attributeCount;

    internal PageTree(PageText text, NameTable names, int nodeCapacity, int attributeCapacity)
    {
        Text = text;
        Names = names;
        nodes = ArrayPool<PageNode>.Shared.Rent(Math.Max(nodeCapacity, 16));
        attributes = ArrayPool<PageAttribute>.Shared.Rent(Math.Max(attributeCapacity, 16));
        AddNode(NodeKind.Document, 0, ElementNamespace.Html, 0, 0);
    }

    /// <summary>The page's characters.</summary>
    public PageText Text { get; }

    /// <summary>The page's names.</summary>
    public NameTable Names { get; }

    /// <summary>The document node's index.</summary>
    public const int Document = 0;

    /// <summary>How many nodes the tree has room for before its array grows.</summary>
    internal int Capacity => nodes.Length;

    /// <summary>How many nodes the tree has.</summary>
    public int Count => nodeCount;

    /// <summary>The nodes, indexed by node id.</summary>
    public ReadOnlySpan<PageNode> Nodes => nodes.AsSpan(0, nodeCount);

    /// <summary>One node.</summary>
    public ref readonly PageNode this[int node] => ref nodes[node];

    /// <summary>The DOCTYPE's fields, when the page has one.</summary>
    public DoctypeInfo Doctype { get; internal set; } = new(TextRange.Missing, TextRange.Missing, TextRange.Missing);

    /// <summary>Whether the page renders in quirks mode, limited-quirks mode or neither.</summary>
    public QuirksMode Quirks { get; internal set; }

    /// <summary>An element's attributes.</summary>
    public ReadOnlySpan<PageAttribute> AttributesOf(int element)
    {
        ref readonly var node = ref nodes[element];
        return node.Kind == NodeKind.Element ? attributes.AsSpan(node.DataStart, node.DataLength) : [];
    }

    /// <summary>The value of an element's attribute (no namespace), or <see cref="TextRange.Missing"/>.</summary>
    public TextRange Attribute(int element, int name)
    {
        foreach (var attribute in AttributesOf(element))
            if (attribute.Name == name && attribute.Namespace == AttributeNamespace.None)
                return attribute.Value;
        return TextRange.Missing;
    }

    /// <summary>The text of a text or comment node.</summary>
    public ReadOnlySpan<char> TextOf(int node) => Text.Slice(nodes[node].DataStart, nodes[node].DataLength);

    /// <summary>Whether a node is an HTML element with the given name.</summary>
    public bool IsHtml(int node, int name) => nodes[node].Name == name && nodes[node].Kind == NodeKind.Element && nodes[node].Namespace == ElementNamespace.Html;

    /// <summary>How many attributes are stored (the tree's side array).</summary>
    internal int AttributeCount => attributeCount;

    /// <summary>Gives the tree's arrays back to the pools; the tree must not be read afterwards.</summary>
    public void Dispose()
    {
        if (nodes.Length > 0)
            ArrayPool<PageNode>.Shared.Return(nodes);
        if (attributes.Length > 0)
            ArrayPool<PageAttribute>.Shared.Return(attributes);
        nodes = [];
        attributes = [];
        nodeCount = attributeCount = 0;
        Text.Dispose();
    }
}

/// <summary>The document's rendering mode, decided by its DOCTYPE.</summary>
internal enum QuirksMode : byte
{
    NoQuirks,
    LimitedQuirks,
    Quirks,
}
