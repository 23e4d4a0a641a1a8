namespace Lede.Html;

// The tree's mutations, for the tree builder only: adding nodes, linking them in, moving them, and joining text.
internal sealed partial class PageTree
{
    // Text nodes that were moved to the buffer to grow, with room reserved after them: node → end of its room.
    // Growing by doubling keeps a text node that is appended to over and over (text foster-parented piece by
    // piece, say) linear in its length.
    Dictionary<int, int>? textRoom;

    internal int AddNode(NodeKind kind, int name, ElementNamespace ns, int dataStart, int dataLength)
    {
        if (nodeCount == nodes.Length)
            Pooled.Grow(ref nodes, nodeCount + 1, nodeCount);
        int id = nodeCount++;
        ref var node = ref nodes[id];
        node.Parent = node.FirstChild = node.LastChild = node.NextSibling = node.PreviousSibling = -1;
        node.Kind = kind;
        node.Name = name;
        node.Namespace = ns;
        node.DataStart = dataStart;
        node.DataLength = dataLength;
        return id;
    }

    /// <summary>Adds an element with a copy of <paramref name="attrs"/> (token attributes are only valid until the next token).</summary>
    internal int AddElement(int name, ElementNamespace ns, ReadOnlySpan<PageAttribute> attrs)
    {
        int start = AddAttributes(attrs);
        return AddNode(NodeKind.Element, name, ns, start, attrs.Length);
    }

    /// <summary>Adds an HTML element with the current token's attributes, copied straight into the tree's array.</summary>
    internal int AddElement(int name, ReadOnlySpan<TokenAttribute> attrs)
    {
        if (attributeCount + attrs.Length > attributes.Length)
            Pooled.Grow(ref attributes, attributeCount + attrs.Length, attributeCount);
        int start = attributeCount;
        for (int i = 0; i < attrs.Length; i++)
            attributes[start + i] = new PageAttribute(attrs[i].Name, attrs[i].Value);
        attributeCount += attrs.Length;
        return AddNode(NodeKind.Element, name, ElementNamespace.Html, start, attrs.Length);
    }

    /// <summary>Adds an element that shares another's attributes (attributes are never changed in place, so sharing is safe).</summary>
    internal int AddElementLike(int original)
    {
        ref readonly var source = ref nodes[original];
        return AddNode(NodeKind.Element, source.Name, source.Namespace, source.DataStart, source.DataLength);
    }

    internal int AddAttributes(ReadOnlySpan<PageAttribute> attrs)
    {
        if (attributeCount + attrs.Length > attributes.Length)
            Pooled.Grow(ref attributes, attributeCount + attrs.Length, attributeCount);
        int start = attributeCount;
        attrs.CopyTo(attributes.AsSpan(start));
        attributeCount += attrs.Length;
        return start;
    }

    /// <summary>Adds to an element the attributes it does not have yet (a second <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> tag's).</summary>
    internal void AddMissingAttributes(int element, ReadOnlySpan<PageAttribute> extra)
    {
        int added = 0;
        foreach (var attribute in extra)
            if (!HasAttribute(element, attribute.Name))
                added++;
        if (added == 0)
            return;
        // The element's run is copied to the end with the new ones after it; the old run stays, unused.
        ref var node = ref nodes[element];
        int oldStart = node.DataStart, oldCount = node.DataLength;
        if (attributeCount + oldCount + added > attributes.Length)
            Pooled.Grow(ref attributes, attributeCount + oldCount + added, attributeCount);
        int start = attributeCount;
        Array.Copy(attributes, oldStart, attributes, start, oldCount);
        int at = start + oldCount;
        foreach (var attribute in extra)
            if (!HasAttribute(element, attribute.Name))
                attributes[at++] = attribute;
        attributeCount = at;
        node.DataStart = start;
        node.DataLength = at - start;
    }

    bool HasAttribute(int element, int name)
    {
        foreach (var attribute in AttributesOf(element))
            if (attribute.Name == name)
                return true;
        return false;
    }

    /// <summary>Links <paramref name="child"/> (detached) as the last child of <paramref name="parent"/>.</summary>
    internal void AppendChild(int parent, int child)
    {
        ref var p = ref nodes[parent];
        ref var c = ref nodes[child];
        c.Parent = parent;
        c.PreviousSibling = p.LastChild;
        c.NextSibling = -1;
        if (p.LastChild >= 0)
            nodes[p.LastChild].NextSibling = child;
        else
            p.FirstChild = child;
        p.LastChild = child;
    }

    /// <summary>Links <paramref name="child"/> (detached) into <paramref name="parent"/> before <paramref name="reference"/>, or last when it is -1.</summary>
    internal void InsertBefore(int parent, int child, int reference)
    {
        if (reference < 0)
        {
            AppendChild(parent, child);
            return;
        }
        ref var c = ref nodes[child];
        int previous = nodes[reference].PreviousSibling;
        c.Parent = parent;
        c.NextSibling = reference;
        c.PreviousSibling = previous;
        nodes[reference].PreviousSibling = child;
        if (previous >= 0)
            nodes[previous].NextSibling = child;
        else
            nodes[parent].FirstChild = child;
    }

    /// <summary>Unlinks a node from its parent (it keeps its own children).</summary>
    internal void Detach(int child)
    {
        ref var c = ref nodes[child];
        if (c.Parent < 0)
            return;
        ref var p = ref nodes[c.Parent];
        if (c.PreviousSibling >= 0)
            nodes[c.PreviousSibling].NextSibling = c.NextSibling;
        else
            p.FirstChild = c.NextSibling;
        if (c.NextSibling >= 0)
            nodes[c.NextSibling].PreviousSibling = c.PreviousSibling;
        else
            p.LastChild = c.PreviousSibling;
        c.Parent = c.NextSibling = c.PreviousSibling = -1;
    }

    /// <summary>Moves all children of <paramref name="from"/>, in order, to the end of <paramref name="to"/>'s children.</summary>
    internal void MoveChildren(int from, int to)
    {
        ref var f = ref nodes[from];
        int first = f.FirstChild;
        if (first < 0)
            return;
        for (int child = first; child >= 0; child = nodes[child].NextSibling)
            nodes[child].Parent = to;
        ref var t = ref nodes[to];
        if (t.LastChild >= 0)
        {
            nodes[t.LastChild].NextSibling = first;
            nodes[first].PreviousSibling = t.LastChild;
        }
        else
            t.FirstChild = first;
        t.LastChild = f.LastChild;
        f.FirstChild = f.LastChild = -1;
    }

    /// <summary>
    /// Inserts characters at a place (last in <paramref name="parent"/>, or before <paramref name="reference"/>): they
    /// join the text node right before that place when there is one, else become a new text node.
    /// </summary>
    internal void InsertText(int parent, int reference, TextRange run)
    {
        if (run.Length == 0)
            return;
        int previous = reference < 0 ? nodes[parent].LastChild : nodes[reference].PreviousSibling;
        if (previous >= 0 && nodes[previous].Kind == NodeKind.Text)
        {
            ExtendText(previous, run);
            return;
        }
        int node = AddNode(NodeKind.Text, 0, ElementNamespace.Html, run.Start, run.Length);
        InsertBefore(parent, node, reference);
    }

    void ExtendText(int node, TextRange run)
    {
        ref var n = ref nodes[node];
        int end = n.DataStart + n.DataLength;
        int sourceLength = Text.SourceLength;
        // Contiguous with what the node holds, in the same part of the page's text: just widen it.
        if (end == run.Start && run.Start != sourceLength)
        {
            n.DataLength += run.Length;
            return;
        }
        // The node ends the buffer: append there.
        if (end == Text.End && n.DataStart >= sourceLength && (textRoom is null || !textRoom.ContainsKey(node)))
        {
            Text.AppendRange(run.Start, run.Length);
            n.DataLength += run.Length;
            return;
        }
        textRoom ??= [];
        if (textRoom.TryGetValue(node, out int roomEnd) && end + run.Length <= roomEnd)
        {
            Text.WriteAt(end, run.Start, run.Length);
            n.DataLength += run.Length;
            return;
        }
        // Move the node's text to the end of the buffer with as much room again after it.
        int length = n.DataLength + run.Length;
        int start = Text.End;
        Text.AppendRange(n.DataStart, n.DataLength);
        Text.AppendRange(run.Start, run.Length);
        Text.Reserve(length);
        n = ref nodes[node];
        n.DataStart = start;
        n.DataLength = length;
        textRoom[node] = start + 2 * length;
    }

    /// <summary>
    /// Copies a node and its descendants (sharing their text and attributes) and returns the copy, not yet in the tree.
    /// Detached, so that copying a node into its own descendant (an option holding its select's selectedcontent)
    /// copies what was there before, once, as the DOM's clone does.
    /// </summary>
    internal int Copy(int original)
    {
        // Iterative: the copy of each node goes under the copy of its parent; a stack of (original, copy parent).
        int root = -1;
        var pending = new Stack<(int Original, int Parent)>();
        pending.Push((original, -1));
        while (pending.Count > 0)
        {
            var (node, into) = pending.Pop();
            ref readonly var source = ref nodes[node];
            int copy = AddNode(source.Kind, source.Name, source.Namespace, source.DataStart, source.DataLength);
            if (into < 0)
                root = copy;
            else
                AppendChild(into, copy);
            // Children pushed last-first so that they are copied, and appended, in order.
            for (int child = nodes[node].LastChild; child >= 0; child = nodes[child].PreviousSibling)
                pending.Push((child, copy));
        }
        return root;
    }

    /// <summary>Unlinks all children of a node.</summary>
    internal void RemoveChildren(int parent)
    {
        while (nodes[parent].FirstChild >= 0)
            Detach(nodes[parent].FirstChild);
    }
}
