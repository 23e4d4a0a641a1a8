using Lede.Html;
using Lede.Lexicon;

namespace Lede.Pages;

/// <summary>
/// The page as the stages see it: the page tree's elements numbered in document order, plus side tables indexed by
/// element number (parent, subtree end, text lengths, flags) filled once. Stages read the tree through this class and
/// write only the tables, never the tree, so retries only reset tables.
/// </summary>
/// <remarks>
/// Elements are numbered in pre-order, so the descendants of element <c>i</c> are exactly the numbers
/// <c>i+1 … SubtreeEnd[i]-1</c>: "is inside" and "for each descendant" are range checks, not tree walks.
/// A template's contents are inert and not numbered, as a browser does not render them.
/// Reading nodes that are not elements (text, inline walks) goes through <see cref="Tree"/> by node index;
/// <see cref="NodeOf"/> and <see cref="ElementAt"/> map between the two numberings.
/// </remarks>
internal sealed partial class PageDocument : IDisposable
{
    private readonly int[] _nodeOf;
    private readonly int[] _elementAt;

    /// <summary>The parsed page.</summary>
    public PageTree Tree { get; }

    public int Count { get; private set; }
    public int[] Parent { get; }
    public int[] SubtreeEnd { get; }
    public int[] Depth { get; }

    /// <summary>Each element's local name ("div", "foreignObject"), the name table's own string.</summary>
    public string[] Tag { get; }

    /// <summary>Length of the element's own (direct) text, whitespace runs counted as one.</summary>
    public int[] OwnText { get; }

    /// <summary>Length of all text in the subtree, whitespace runs counted as one.</summary>
    public int[] Text { get; }

    /// <summary>Length of the subtree's text that sits inside links.</summary>
    public int[] LinkText { get; }

    /// <summary>Flags set by the stages.</summary>
    public NodeFlags[] Flags { get; }

    /// <summary>What each element's class, id and microdata say to the body stages (<see cref="ClassSignals"/>).</summary>
    public ClassSignal[] Signal { get; }

    /// <summary>What each element's class and id say to the metadata: a byline, a date, a standfirst, an aside.</summary>
    public PageHint[] Hint { get; }

    /// <summary>Index of the &lt;body&gt; element, or 0 (the root) when there is none.</summary>
    public int Body { get; private set; }

    // The tables come from the shared pools and go back on Dispose: a page's tables are a few tens of kilobytes that
    // would otherwise be garbage after every page. They may be longer than Count; only 0 … Count-1 is read.
    private PageDocument(PageTree tree)
    {
        Tree = tree;
        int capacity = 1;
        foreach (ref readonly var node in tree.Nodes)
            if (node.Kind == NodeKind.Element) capacity++;
        _nodeOf = Rent<int>(capacity);
        _elementAt = Rent<int>(tree.Count);
        _elementAt.AsSpan(0, tree.Count).Fill(-1);
        Parent = Rent<int>(capacity);
        Depth = Rent<int>(capacity);
        SubtreeEnd = Rent<int>(capacity);
        Tag = Rent<string>(capacity);
        OwnText = Rent<int>(capacity);
        Text = Rent<int>(capacity);
        LinkText = Rent<int>(capacity);
        Flags = Rent<NodeFlags>(capacity);
        Signal = Rent<ClassSignal>(capacity);
        Hint = Rent<PageHint>(capacity);
    }

    private static T[] Rent<T>(int length) => System.Buffers.ArrayPool<T>.Shared.Rent(Math.Max(length, 1));

    private static void Return<T>(T[] array) => System.Buffers.ArrayPool<T>.Shared.Return(array);

    // Numbers one more element: its node, parent and depth.
    private void Add(int node, int parent)
    {
        int number = Count++;
        _nodeOf[number] = node;
        _elementAt[node] = number;
        Parent[number] = parent;
        Depth[number] = parent < 0 ? 0 : Depth[parent] + 1;
        OwnText[number] = 0;
        Flags[number] = NodeFlags.None;
        Tag[number] = Tree.Names[Tree[node].Name];
        if (Body == 0 && Tree[node].Name == KnownNames.Body) Body = number;
    }

    /// <summary>
    /// Numbers the tree's elements and fills the tables, in one walk and one bottom-up pass, then reads every class list
    /// and id once for the signals and hints. The page owns the tree from here on.
    /// </summary>
    public static PageDocument Build(PageTree tree, CancellationToken cancellationToken)
    {
        var page = new PageDocument(tree);
        try
        {
            page.Number(cancellationToken);
            page.FillTables();
            ClassSignals.ReadAll(page, page.Signal, page.Hint, cancellationToken);
            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    private void Number(CancellationToken cancellationToken)
    {
        var tree = Tree;
        int root = -1;
        for (int child = tree[PageTree.Document].FirstChild; child >= 0; child = tree[child].NextSibling)
            if (tree[child].Kind == NodeKind.Element) { root = child; break; }
        if (root < 0)
            return;

        // Pre-order over the tree's links: an element's number is the count of elements before it; a stack of the
        // open elements' numbers gives each its parent. No recursion, whatever the depth.
        var open = new Stack<(int Node, int Number)>();
        Add(root, -1);
        open.Push((root, 0));
        int node = tree[root].FirstChild;
        while (open.Count > 0)
        {
            if (node < 0)
            {
                // The open element is done: continue after it.
                var (done, _) = open.Pop();
                node = open.Count > 0 ? tree[done].NextSibling : -1;
                continue;
            }
            ref readonly var n = ref tree[node];
            var (_, parent) = open.Peek();
            if (n.Kind == NodeKind.Element)
            {
                if ((Count & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                int number = Count;
                Add(node, parent);
                open.Push((node, number));
                node = n.FirstChild;
                continue;
            }
            if (n.Kind == NodeKind.Text && !IsCode(tree[_nodeOf[parent]].Name))
                OwnText[parent] += TextMeasure.CollapsedLength(tree.TextOf(node));
            node = n.NextSibling; // comments, and a template's contents, are skipped with what they hold
        }
    }

    // One bottom-up pass: children come after their parent in pre-order, so a reverse sweep adds each
    // subtree's totals into its parent after the subtree is complete.
    private void FillTables()
    {
        for (int i = 0; i < Count; i++)
        {
            Text[i] = OwnText[i];
            LinkText[i] = 0;
            SubtreeEnd[i] = i + 1;
        }
        for (int i = Count - 1; i > 0; i--)
        {
            if (NameOf(i) == KnownNames.A) LinkText[i] = Text[i];
            int p = Parent[i];
            Text[p] += Text[i];
            LinkText[p] += LinkText[i];
            if (SubtreeEnd[i] > SubtreeEnd[p]) SubtreeEnd[p] = SubtreeEnd[i];
        }
    }

    // Script and style text is not page text: it must not weigh in any measure.
    private static bool IsCode(int name) => name is KnownNames.Script or KnownNames.Style or KnownNames.Template or KnownNames.Noscript;

    /// <summary>Gives the tables and the tree back to their pools; the page must not be read afterwards.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        Return(_nodeOf); Return(_elementAt); Return(Parent); Return(Depth); Return(SubtreeEnd); Return(OwnText);
        Return(Text); Return(LinkText); Return(Flags); Return(Signal); Return(Hint);
        Array.Clear(Tag, 0, Count); // no page's strings kept alive by the pool
        Return(Tag);
        Tree.Dispose();
    }

    private bool _disposed;

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or inside it.</summary>
    public bool IsWithin(int inner, int outer) => inner >= outer && inner < SubtreeEnd[outer];

    /// <summary>True when the element or one of its ancestors carries any of <paramref name="flags"/>.</summary>
    public bool HasFlagOnPath(int node, NodeFlags flags, int stopAt = -1)
    {
        for (int i = node; i >= 0 && i != stopAt; i = Parent[i])
            if ((Flags[i] & flags) != 0) return true;
        return false;
    }

    /// <summary>Text length of the subtree not counting removed descendants.</summary>
    public int KeptText(int node, out int keptLinkText)
    {
        int text = Text[node], link = LinkText[node];
        int end = SubtreeEnd[node];
        for (int i = node + 1; i < end; i++)
        {
            if ((Flags[i] & NodeFlags.Removed) != 0)
            {
                text -= Text[i];
                link -= LinkText[i];
                i = SubtreeEnd[i] - 1;
            }
        }
        keptLinkText = link;
        return text;
    }
}

/// <summary>What the stages have decided about an element.</summary>
[Flags]
internal enum NodeFlags : byte
{
    None = 0,

    /// <summary>Not part of the story: the element and its subtree are skipped.</summary>
    Removed = 1,

    /// <summary>Hidden from readers (hidden attribute, display:none).</summary>
    Hidden = 2,

    /// <summary>Class or id say this is the story's body.</summary>
    BodyHint = 4,
}
