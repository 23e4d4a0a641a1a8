namespace Lede.Html;

// The list of active formatting elements (13.2.4.3) and the adoption agency algorithm (13.2.6.4.7).
internal sealed partial class TreeBuilder
{
    /// <summary>Pushes a formatting element, after the "Noah's Ark" clause: at most three equal ones since the last marker.</summary>
    void PushFormatting(int element)
    {
        int equal = 0, earliest = -1;
        for (int i = formatting.Count - 1; i >= 0 && formatting[i] != Marker; i--)
        {
            if (SameElement(formatting[i], element))
            {
                equal++;
                earliest = i;
            }
        }
        if (equal >= 3)
            formatting.RemoveAt(earliest);
        formatting.Add(element);
    }

    bool SameElement(int a, int b)
    {
        ref readonly var x = ref tree[a];
        ref readonly var y = ref tree[b];
        if (x.Name != y.Name || x.Namespace != y.Namespace || x.DataLength != y.DataLength)
            return false;
        if (x.DataStart == y.DataStart)
            return true; // clones share their attributes
        var left = tree.AttributesOf(a);
        var right = tree.AttributesOf(b);
        foreach (var attribute in left)
        {
            bool found = false;
            foreach (var other in right)
                if (other.Name == attribute.Name && other.Namespace == attribute.Namespace)
                {
                    found = text[other.Value].SequenceEqual(text[attribute.Value]);
                    break;
                }
            if (!found)
                return false;
        }
        return true;
    }

    void ClearFormattingToLastMarker()
    {
        while (formatting.Count > 0)
        {
            int entry = formatting[^1];
            formatting.RemoveAt(formatting.Count - 1);
            if (entry == Marker)
                return;
        }
    }

    /// <summary>The index in the list of the last element with this name after the last marker, or -1.</summary>
    int LastFormattingAfterMarker(int name)
    {
        for (int i = formatting.Count - 1; i >= 0 && formatting[i] != Marker; i--)
            if (tree.IsHtml(formatting[i], name))
                return i;
        return -1;
    }

    void RemoveFormatting(int element)
    {
        int index = formatting.LastIndexOf(element);
        if (index >= 0)
            formatting.RemoveAt(index);
    }

    /// <summary>Reconstructs the active formatting elements: reopens, in order, those after the last open one.</summary>
    void ReconstructFormatting()
    {
        int count = formatting.Count;
        if (count == 0 || formatting[^1] == Marker || open.Contains(formatting[^1]))
            return;
        int first = count - 1;
        while (first > 0 && formatting[first - 1] != Marker && !open.Contains(formatting[first - 1]))
            first--;
        for (int i = first; i < count; i++)
        {
            int original = formatting[i];
            var (parent, before) = AppropriatePlace();
            int copy = tree.AddElementLike(original);
            if (options.MaxDepth > 0)
                (parent, before) = WithinMaxDepth(parent, before, copy);
            tree.InsertBefore(parent, copy, before);
            open.Push(copy, OpenElements.HtmlKey(tree[copy].Name));
            formatting[i] = copy;
        }
    }

    /// <summary>
    /// The adoption agency algorithm for an end tag (or a start tag's implied end) with this name; false when it
    /// found no formatting element and the caller must act as for "any other end tag".
    /// </summary>
    bool AdoptionAgency(int subject)
    {
        int current = CurrentNode;
        if (tree.IsHtml(current, subject) && !formatting.Contains(current))
        {
            open.Pop();
            return true;
        }
        for (int outer = 0; outer < 8; outer++)
        {
            int formattingIndex = LastFormattingAfterMarker(subject);
            if (formattingIndex < 0)
                return false;
            int formattingElement = formatting[formattingIndex];
            int stackIndex = open.IndexOf(formattingElement);
            if (stackIndex < 0)
            {
                formatting.RemoveAt(formattingIndex);
                return true;
            }
            if (stackIndex < open.TopBoundary(StackBoundary.Scope))
                return true;

            int furthestIndex = -1;
            for (int i = stackIndex + 1; i < open.Count; i++)
                if ((open.FlagsAt(i) & ElementFlags.Special) != 0)
                {
                    furthestIndex = i;
                    break;
                }
            if (furthestIndex < 0)
            {
                open.PopTo(stackIndex);
                formatting.RemoveAt(formattingIndex);
                return true;
            }

            int furthestBlock = open[furthestIndex];
            int commonAncestor = open[stackIndex - 1];
            int bookmark = formattingIndex;
            int lastNode = furthestBlock;
            int nodeIndex = furthestIndex;
            for (int inner = 1; ; inner++)
            {
                nodeIndex--;
                int node = open[nodeIndex];
                if (node == formattingElement)
                    break;
                int listIndex = formatting.LastIndexOf(node);
                if (inner > 3 && listIndex >= 0)
                {
                    formatting.RemoveAt(listIndex);
                    if (listIndex < bookmark)
                        bookmark--;
                    listIndex = -1;
                }
                if (listIndex < 0)
                {
                    open.RemoveAt(nodeIndex);
                    continue;
                }
                int copy = tree.AddElementLike(node);
                formatting[listIndex] = copy;
                open.ReplaceAt(nodeIndex, copy, OpenElements.HtmlKey(tree[copy].Name));
                node = copy;
                if (lastNode == furthestBlock)
                    bookmark = listIndex + 1;
                tree.Detach(lastNode);
                tree.AppendChild(node, lastNode);
                lastNode = node;
            }

            tree.Detach(lastNode);
            var (parent, before) = AppropriatePlace(commonAncestor);
            tree.InsertBefore(parent, lastNode, before);

            int replacement = tree.AddElementLike(formattingElement);
            tree.MoveChildren(furthestBlock, replacement);
            tree.AppendChild(furthestBlock, replacement);

            // The replacement takes the bookmark's place in the list, the formatting element's leaves it.
            formatting.Insert(bookmark, replacement);
            formatting.Remove(formattingElement);

            open.RemoveAt(open.IndexOf(formattingElement));
            open.InsertAt(open.IndexOf(furthestBlock) + 1, replacement, OpenElements.HtmlKey(tree[replacement].Name));
        }
        return true;
    }
}
