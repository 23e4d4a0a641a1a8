using System.Text;
using Lede.Html;

namespace Lede.Pages;

// What the stages read of an element: its name, attributes and text, by element number. Names are compared as ids
// (KnownNames), attribute names looked up in the page's name table, values made strings only when asked for.
internal sealed partial class PageDocument
{
    /// <summary>The tree node of element <paramref name="element"/>.</summary>
    public int NodeOf(int element) => _nodeOf[element];

    /// <summary>The element number of a tree node, or -1 when the node is not a numbered element (text, comment, inside a template).</summary>
    public int ElementAt(int node) => node >= 0 && node < _elementAt.Length ? _elementAt[node] : -1;

    /// <summary>The element's name id (<see cref="KnownNames"/> for known names, whatever its namespace).</summary>
    public int NameOf(int element) => Tree[_nodeOf[element]].Name;

    /// <summary>Whether the element is in the HTML namespace and has the name <paramref name="name"/>.</summary>
    public bool IsHtml(int element, int name) => Tree.IsHtml(_nodeOf[element], name);

    /// <summary>The value of an attribute, as AngleSharp's <c>GetAttribute</c> gives it: null when absent.</summary>
    public string? Attribute(int element, string name)
    {
        var value = AttributeRange(element, name);
        return value.Exists ? Tree.Text.ToString(value) : null;
    }

    /// <summary>The value of an attribute as characters of the page (empty when absent); <paramref name="exists"/> tells which.</summary>
    public ReadOnlySpan<char> AttributeSpan(int element, string name, out bool exists)
    {
        var value = AttributeRange(element, name);
        exists = value.Exists;
        return Tree.Text[value];
    }

    /// <summary>Whether the element has the attribute.</summary>
    public bool HasAttribute(int element, string name) => AttributeRange(element, name).Exists;

    private TextRange AttributeRange(int element, string name)
    {
        int id = Tree.Names.Find(name);
        return id == 0 ? TextRange.Missing : Tree.Attribute(_nodeOf[element], id);
    }

    /// <summary>The element's attributes: name id and value range (<c>Tree.Names[id]</c>, <c>Tree.Text[range]</c>).</summary>
    public ReadOnlySpan<PageAttribute> AttributesOf(int element) => Tree.AttributesOf(_nodeOf[element]);

    /// <summary>The element's <c>id</c>, "" when it has none (AngleSharp's <c>Id</c>).</summary>
    public string Id(int element) => Attribute(element, "id") ?? "";

    /// <summary>The element's <c>class</c> attribute, null when it has none.</summary>
    public string? ClassName(int element) => Attribute(element, "class");

    /// <summary>All the text under a node (element or not), in document order: the DOM's <c>textContent</c>.</summary>
    public string TextContent(int element) => NodeText(_nodeOf[element]);

    /// <summary>All the text under a tree node: its own when it is text, its descendants' text for an element (template contents left out).</summary>
    public string NodeText(int node)
    {
        if (Tree[node].Kind == NodeKind.Text)
            return new string(Tree.TextOf(node));
        // An element holding one text node, as most do: that text, in one copy.
        int child = Tree[node].FirstChild;
        if (child >= 0 && Tree[child].Kind == NodeKind.Text && Tree[child].NextSibling < 0)
            return new string(Tree.TextOf(child));
        var text = new StringBuilder();
        AppendText(text, node);
        return text.ToString();
    }

    /// <summary>Appends the text under a tree node (see <see cref="NodeText"/>).</summary>
    public void AppendText(StringBuilder text, int node)
    {
        for (int at = NextTextNode(node, -1); at >= 0; at = NextTextNode(node, at))
            text.Append(Tree.TextOf(at));
    }

    /// <summary>
    /// The last character of the element's text (<see cref="TextContent"/>) that is not whitespace, or U+0000 when there
    /// is none: how the text ends, read in place rather than from a string made of it.
    /// </summary>
    public char LastTextCharacter(int element)
    {
        int node = _nodeOf[element];
        char last = '\0';
        for (int at = NextTextNode(node, -1); at >= 0; at = NextTextNode(node, at))
        {
            var text = Tree.TextOf(at).TrimEnd();
            if (!text.IsEmpty) last = text[^1];
        }
        return last;
    }

    // The text nodes under `node` in document order: give -1 for the first, then the one before; -1 after the last.
    // Pre-order over the links, no stack: down to a first child, else on to the next sibling, else up and on. A
    // template's contents hang under a node that is not an element, so they are passed over.
    private int NextTextNode(int node, int at)
    {
        at = at < 0 ? Tree[node].FirstChild : After(node, at);
        while (at >= 0)
        {
            ref readonly var n = ref Tree[at];
            if (n.Kind == NodeKind.Text)
                return at;
            at = n.Kind == NodeKind.Element && n.FirstChild >= 0 ? n.FirstChild : After(node, at);
        }
        return -1;
    }

    // The node after `at` and its subtree, within `node`; -1 when `node` is done.
    private int After(int node, int at)
    {
        while (at != node && Tree[at].NextSibling < 0)
            at = Tree[at].Parent;
        return at == node ? -1 : Tree[at].NextSibling;
    }

    /// <summary>The element numbers of an element's child elements, in order.</summary>
    public ChildElements ChildrenOf(int element) => new(this, _nodeOf[element]);

    /// <summary>The text of the document's first &lt;title&gt;, whitespace stripped and collapsed (the DOM's <c>document.title</c>); null when there is none.</summary>
    public string? Title
    {
        get
        {
            for (int i = 0; i < Count; i++)
            {
                if (!IsHtml(i, KnownNames.Title))
                    continue;
                var text = new StringBuilder();
                AppendText(text, _nodeOf[i]);
                return StripAndCollapse(text);
            }
            return null;
        }
    }

    // The DOM's "strip and collapse ASCII whitespace".
    private static string StripAndCollapse(StringBuilder text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (var chunk in text.GetChunks())
            foreach (char c in chunk.Span)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f') { space = result.Length > 0; continue; }
                if (space) result.Append(' ');
                space = false;
                result.Append(c);
            }
        return result.ToString();
    }

    /// <summary>An element's child elements as element numbers, enumerated without allocating.</summary>
    public readonly struct ChildElements(PageDocument page, int parentNode)
    {
        public Enumerator GetEnumerator() => new(page, page.Tree[parentNode].FirstChild);

        public struct Enumerator(PageDocument page, int first)
        {
            private int _next = first;
            public int Current { get; private set; } = -1;

            public bool MoveNext()
            {
                while (_next >= 0)
                {
                    int node = _next;
                    _next = page.Tree[node].NextSibling;
                    int element = page.ElementAt(node);
                    if (element >= 0) { Current = element; return true; }
                }
                return false;
            }
        }
    }
}

// Attributes by name id, for the names stages read on many elements (class, id, itemprop, datetime): the id is a
// KnownNames constant, so no name is looked up in the page's table.
internal sealed partial class PageDocument
{
    /// <summary>The value of the attribute with name id <paramref name="name"/> (<see cref="KnownNames"/>); null when absent.</summary>
    public string? Attribute(int element, int name)
    {
        var value = Tree.Attribute(_nodeOf[element], name);
        return value.Exists ? Tree.Text.ToString(value) : null;
    }

    /// <summary>The value of the attribute with name id <paramref name="name"/> as characters of the page (empty when absent); <paramref name="exists"/> tells which.</summary>
    public ReadOnlySpan<char> AttributeSpan(int element, int name, out bool exists)
    {
        var value = Tree.Attribute(_nodeOf[element], name);
        exists = value.Exists;
        return Tree.Text[value];
    }

    /// <summary>Whether the element has the attribute with name id <paramref name="name"/>.</summary>
    public bool HasAttribute(int element, int name) => Tree.Attribute(_nodeOf[element], name).Exists;
}

// Sibling steps by element number, for the figure and related-link readers.
internal sealed partial class PageDocument
{
    /// <summary>
    /// The element's next sibling element (the DOM's <c>nextElementSibling</c>), or -1 when it has none: in pre-order that
    /// is the first element after its subtree, when it has the same parent.
    /// </summary>
    public int NextElementSibling(int element)
    {
        int next = SubtreeEnd[element];
        return next < Count && Parent[next] == Parent[element] ? next : -1;
    }
}
