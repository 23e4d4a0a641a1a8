using AngleSharp.Dom;

namespace Lede.Content;

/// <summary>
/// The page as the stages see it: AngleSharp's elements in document order, plus side tables indexed by
/// element number (parent, subtree end, text lengths, flags). Stages read and write the tables, never the DOM,
/// so a caller's document is not changed and retries only reset tables.
/// </summary>
/// <remarks>
/// Elements are numbered in pre-order, so the descendants of element <c>i</c> are exactly the numbers
/// <c>i+1 … SubtreeEnd[i]-1</c>: "is inside" and "for each descendant" are range checks, not tree walks.
/// The tree is walked once, iteratively and by child index (a walk by sibling pointers is quadratic over a
/// million siblings in AngleSharp).
/// </remarks>
internal sealed class PageDocument
{
    public IDocument Document { get; }
    public IElement[] Elements { get; }
    public int Count { get; }
    public int[] Parent { get; }
    public int[] SubtreeEnd { get; }
    public int[] Depth { get; }
    public string[] Tag { get; }

    /// <summary>Length of the element's own (direct) text, whitespace runs counted as one.</summary>
    public int[] OwnText { get; }

    /// <summary>Length of all text in the subtree, whitespace runs counted as one.</summary>
    public int[] Text { get; }

    /// <summary>Length of the subtree's text that sits inside links.</summary>
    public int[] LinkText { get; }

    /// <summary>Flags set by the stages.</summary>
    public NodeFlags[] Flags { get; }

    /// <summary>Index of the &lt;body&gt; element, or 0 (the root) when there is none.</summary>
    public int Body { get; }

    private PageDocument(IDocument document, List<IElement> elements, List<int> parents, List<int> depths)
    {
        Document = document;
        Count = elements.Count;
        Elements = elements.ToArray();
        Parent = parents.ToArray();
        Depth = depths.ToArray();
        SubtreeEnd = new int[Count];
        Tag = new string[Count];
        OwnText = new int[Count];
        Text = new int[Count];
        LinkText = new int[Count];
        Flags = new NodeFlags[Count];
        Body = 0;
        for (int i = 0; i < Count; i++)
        {
            Tag[i] = Elements[i].LocalName;
            if (Body == 0 && Tag[i] == "body") Body = i;
        }
    }

    public static PageDocument Build(IDocument document, CancellationToken cancellationToken)
    {
        var elements = new List<IElement>(1024);
        var parents = new List<int>(1024);
        var depths = new List<int>(1024);
        var root = document.DocumentElement;
        if (root is null)
            return new PageDocument(document, elements, parents, depths);

        // Pre-order walk with an explicit stack of (element, next child index, number).
        var stack = new Stack<(IElement Element, int NextChild, int Number)>();
        elements.Add(root); parents.Add(-1); depths.Add(0);
        stack.Push((root, 0, 0));
        var ownText = new List<int>(1024) { 0 };
        while (stack.Count > 0)
        {
            var (element, next, number) = stack.Pop();
            var children = element.ChildNodes;
            int count = children.Length;
            while (next < count)
            {
                var child = children[next++];
                if (child is IElement childElement)
                {
                    if ((elements.Count & 0xFFF) == 0) cancellationToken.ThrowIfCancellationRequested();
                    stack.Push((element, next, number));
                    int childNumber = elements.Count;
                    elements.Add(childElement); parents.Add(number); depths.Add(depths[number] + 1); ownText.Add(0);
                    stack.Push((childElement, 0, childNumber));
                    goto descended;
                }
                if (child.NodeType == NodeType.Text && !IsCode(element.LocalName))
                    ownText[number] += TextMeasure.CollapsedLength(((IText)child).Data);
            }
        descended:;
        }

        var page = new PageDocument(document, elements, parents, depths);
        page.FillTables(ownText);
        return page;
    }

    // One bottom-up pass: children come after their parent in pre-order, so a reverse sweep adds each
    // subtree's totals into its parent after the subtree is complete.
    private void FillTables(List<int> ownText)
    {
        for (int i = 0; i < Count; i++)
        {
            OwnText[i] = ownText[i];
            Text[i] = ownText[i];
            SubtreeEnd[i] = i + 1;
        }
        for (int i = Count - 1; i > 0; i--)
        {
            if (Tag[i] == "a") LinkText[i] = Text[i];
            int p = Parent[i];
            Text[p] += Text[i];
            LinkText[p] += LinkText[i];
            if (SubtreeEnd[i] > SubtreeEnd[p]) SubtreeEnd[p] = SubtreeEnd[i];
        }
    }

    // Script and style text is not page text: it must not weigh in any measure.
    private static bool IsCode(string tag) => tag is "script" or "style" or "template" or "noscript";

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
