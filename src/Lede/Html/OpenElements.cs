using System.Buffers;

namespace Lede.Html;

/// <summary>A kind of scope the tree builder checks (WHATWG HTML 13.2.4.2), or another set of elements it searches down to.</summary>
internal enum StackBoundary
{
    /// <summary>"In scope".</summary>
    Scope,
    /// <summary>"In list item scope".</summary>
    ListItemScope,
    /// <summary>"In button scope".</summary>
    ButtonScope,
    /// <summary>"In table scope".</summary>
    TableScope,
    /// <summary>The nearest special element (ends the search of "any other end tag").</summary>
    Special,
    /// <summary>The nearest special element other than address, div or p (ends the search for an open li, dd, dt).</summary>
    SpecialNotAddressDivP,
    /// <summary>The nearest element that decides the insertion mode.</summary>
    ModeDetermining,
    /// <summary>The nearest HTML element (ends the search of an end tag in foreign content).</summary>
    Html,
}

/// <summary>
/// The stack of open elements (WHATWG HTML 13.2.4.3), built so that no question about it costs more than a
/// constant: for each kind of boundary a stack of the indexes of the open elements that are one, and for each
/// name the topmost open element with that name and the one before. "Is a p element in button scope?" is then
/// "is the topmost p above the topmost button-scope boundary?", however deep the stack; 100,000 nested elements
/// parse in linear time. Pushes and pops are constant; an edit in the middle (the adoption agency's) redoes
/// the entries above it, which the array's shift costs anyway.
/// </summary>
internal sealed class OpenElements
{
    const int Boundaries = 8;

    readonly PageTree tree;
    // All arrays are pooled (a parse is short, a batch makes many) and given back by Release.
    int[] nodes = ArrayPool<int>.Shared.Rent(64);
    int[] keys = ArrayPool<int>.Shared.Rent(64);
    int[] previousSameKey = ArrayPool<int>.Shared.Rent(64);
    ElementFlags[] flags = ArrayPool<ElementFlags>.Shared.Rent(64);
    // boundaryIndexes[b * boundaryCapacity + k]: the index of the k-th open element (from the bottom) that is a
    // boundary of kind b; boundaryCounts[b] of them.
    int[] boundaryIndexes = ArrayPool<int>.Shared.Rent(64 * Boundaries);
    int boundaryCapacity = 64;
    // How many entries the arrays have room for (rented arrays may be longer).
    int capacity = 64;
    readonly int[] boundaryCounts = new int[Boundaries];
    // How many open elements are not HTML: while none is, every token goes by the HTML rules.
    int foreignCount;
    // topByKey[key]: the highest index whose entry has the key, or -1.
    int[] topByKey = [];
    // positionOf[node]: the node's index in the stack, or -1; entries from `positionFilled` on are not written yet
    // (read as -1), so that the array, sized for the page's nodes at once, is only ever filled as far as nodes exist.
    int[] positionOf;
    int positionFilled;
    int count;

    /// <summary>Called with each HTML option element popped (it may fill its select's selectedcontent).</summary>
    public Action<int>? OptionPopped;

    public OpenElements(PageTree tree, int nodeCapacity)
    {
        this.tree = tree;
        positionOf = ArrayPool<int>.Shared.Rent(Math.Max(nodeCapacity, 256));
    }

    /// <summary>How many elements are open.</summary>
    public int Count => count;

    /// <summary>The element at an index (0 is the bottom, the html element).</summary>
    public int this[int index] => nodes[index];

    /// <summary>The current node (the top), or -1 when the stack is empty.</summary>
    public int Current => count > 0 ? nodes[count - 1] : -1;

    /// <summary>The key an HTML element is found by: its name.</summary>
    public static int HtmlKey(int name) => name * 2;

    /// <summary>The key a foreign element is found by: the lowercase name of the tag that made it.</summary>
    public static int ForeignKey(int tokenName) => tokenName * 2 + 1;

    /// <summary>The flags of the entry at an index.</summary>
    public ElementFlags FlagsAt(int index) => flags[index];

    /// <summary>Pushes an element; <paramref name="key"/> is <see cref="HtmlKey"/> or <see cref="ForeignKey"/>.</summary>
    public void Push(int node, int key)
    {
        if (count == capacity)
            Grow();
        Enter(count, node, key);
        count++;
    }

    /// <summary>Pops the current node.</summary>
    public int Pop()
    {
        int index = --count;
        int node = nodes[index];
        Leave(index);
        if ((flags[index] & ElementFlags.Option) != 0)
            OptionPopped?.Invoke(node);
        return node;
    }

    /// <summary>Pops elements until the stack holds <paramref name="newCount"/>.</summary>
    public void PopTo(int newCount)
    {
        while (count > newCount)
            Pop();
    }

    /// <summary>The index of the topmost HTML element with this name, or -1.</summary>
    public int TopIndexOf(int name) => TopByKey(HtmlKey(name));

    /// <summary>The index of the topmost entry with this key, or -1.</summary>
    public int TopByKey(int key) => key < topByKey.Length ? topByKey[key] : -1;

    /// <summary>The index of the topmost HTML element with any of these names, or -1.</summary>
    public int TopIndexOfAny(int a, int b) => Math.Max(TopIndexOf(a), TopIndexOf(b));

    /// <summary>The index of the topmost boundary of a kind, or -1.</summary>
    public int TopBoundary(StackBoundary boundary)
    {
        int b = (int)boundary;
        int n = boundaryCounts[b];
        return n > 0 ? boundaryIndexes[b * boundaryCapacity + n - 1] : -1;
    }

    /// <summary>Whether an element outside the HTML namespace is open.</summary>
    public bool HasForeign => foreignCount > 0;

    /// <summary>Whether an HTML element with this name is in the given scope.</summary>
    public bool HasInScope(int name, StackBoundary scope)
    {
        int top = TopIndexOf(name);
        return top >= 0 && top >= TopBoundary(scope);
    }

    /// <summary>Whether this very node is in the given scope.</summary>
    public bool HasNodeInScope(int node, StackBoundary scope)
    {
        int index = IndexOf(node);
        return index >= 0 && index >= TopBoundary(scope);
    }

    /// <summary>The node's index in the stack, or -1 when it is not open.</summary>
    public int IndexOf(int node) => node >= 0 && node < positionFilled ? positionOf[node] : -1;

    /// <summary>Whether the node is open.</summary>
    public bool Contains(int node) => IndexOf(node) >= 0;

    /// <summary>Removes the entry at an index.</summary>
    public void RemoveAt(int index)
    {
        int[] aboveNodes = Unwind(index + 1, out int[] aboveKeys);
        Leave(index);
        count = index;
        Rewind(aboveNodes, aboveKeys);
    }

    /// <summary>Inserts an element at an index, moving the ones from there up by one.</summary>
    public void InsertAt(int index, int node, int key)
    {
        int[] aboveNodes = Unwind(index, out int[] aboveKeys);
        if (count == capacity)
            Grow();
        Enter(index, node, key);
        count = index + 1;
        Rewind(aboveNodes, aboveKeys);
    }

    /// <summary>Puts <paramref name="node"/> in place of the entry at an index.</summary>
    public void ReplaceAt(int index, int node, int key)
    {
        int[] aboveNodes = Unwind(index + 1, out int[] aboveKeys);
        Leave(index);
        Enter(index, node, key);
        count = index + 1;
        Rewind(aboveNodes, aboveKeys);
    }

    /// <summary>The key of the entry at an index.</summary>
    public int KeyAt(int index) => keys[index];

    // Takes the entries from an index up off the stack (no pop side effects), returning them bottom first.
    int[] Unwind(int from, out int[] unwoundKeys)
    {
        int n = count - from;
        var unwound = new int[Math.Max(n, 0)];
        unwoundKeys = new int[unwound.Length];
        for (int i = count - 1; i >= from; i--)
        {
            unwound[i - from] = nodes[i];
            unwoundKeys[i - from] = keys[i];
            Leave(i);
        }
        count = Math.Min(count, from);
        return unwound;
    }

    void Rewind(int[] above, int[] aboveKeys)
    {
        for (int i = 0; i < above.Length; i++)
            Push(above[i], aboveKeys[i]);
    }

    void Enter(int index, int node, int key)
    {
        ref readonly var element = ref tree[node];
        var entryFlags = ElementCategories.Of(element.Namespace, element.Name);
        nodes[index] = node;
        keys[index] = key;
        flags[index] = entryFlags;
        if (key >= topByKey.Length)
        {
            int old = topByKey.Length;
            Pooled.Grow(ref topByKey, Math.Max(key + 1, 512), old);
            topByKey.AsSpan(old).Fill(-1);
        }
        previousSameKey[index] = topByKey[key];
        topByKey[key] = index;
        if (node >= positionFilled)
        {
            if (node >= positionOf.Length)
                Pooled.Grow(ref positionOf, node + 1, positionFilled);
            // Only the few nodes made since the last push (mostly text): a loop costs less than a call to Fill.
            for (int i = positionFilled; i < node; i++)
                positionOf[i] = -1;
            positionFilled = node + 1;
        }
        positionOf[node] = index;
        if ((entryFlags & ElementFlags.Html) == 0)
            foreignCount++;
        for (uint mask = BoundaryMask(entryFlags); mask != 0; mask &= mask - 1)
        {
            int b = System.Numerics.BitOperations.TrailingZeroCount(mask);
            boundaryIndexes[b * boundaryCapacity + boundaryCounts[b]++] = index;
        }
    }

    // Entries leave only from the top (an edit in the middle unwinds down to it first), so each of their boundary
    // stacks has them on top.
    void Leave(int index)
    {
        topByKey[keys[index]] = previousSameKey[index];
        positionOf[nodes[index]] = -1;
        if ((flags[index] & ElementFlags.Html) == 0)
            foreignCount--;
        for (uint mask = BoundaryMask(flags[index]); mask != 0; mask &= mask - 1)
            boundaryCounts[System.Numerics.BitOperations.TrailingZeroCount(mask)]--;
    }

    // BoundaryMask for every value of the flags (twelve bits), looked up on each push and pop.
    static readonly byte[] BoundaryMasks = BuildBoundaryMasks();

    static byte[] BuildBoundaryMasks()
    {
        var masks = new byte[(int)ElementFlags.Option << 1];
        for (int f = 0; f < masks.Length; f++)
            masks[f] = (byte)ComputeBoundaryMask((ElementFlags)f);
        return masks;
    }

    // The kinds of boundary (bit b for StackBoundary b) an element with these flags is.
    static uint BoundaryMask(ElementFlags f) => BoundaryMasks[(int)f];

    static uint ComputeBoundaryMask(ElementFlags f)
    {
        uint scope = (f & ElementFlags.ScopeBoundary) != 0 ? 0b111u : 0u; // in scope, list item scope, button scope
        return scope
            | ((f & ElementFlags.ListItemBoundary) != 0 ? 1u << (int)StackBoundary.ListItemScope : 0)
            | ((f & ElementFlags.ButtonBoundary) != 0 ? 1u << (int)StackBoundary.ButtonScope : 0)
            | ((f & ElementFlags.TableBoundary) != 0 ? 1u << (int)StackBoundary.TableScope : 0)
            | ((f & ElementFlags.Special) != 0 ? 1u << (int)StackBoundary.Special : 0)
            | ((f & ElementFlags.SpecialNotAddressDivP) != 0 ? 1u << (int)StackBoundary.SpecialNotAddressDivP : 0)
            | ((f & ElementFlags.ModeDetermining) != 0 ? 1u << (int)StackBoundary.ModeDetermining : 0)
            | ((f & ElementFlags.Html) != 0 ? 1u << (int)StackBoundary.Html : 0);
    }

    void Grow()
    {
        int size = capacity * 2;
        Pooled.Grow(ref nodes, size, count);
        Pooled.Grow(ref keys, size, count);
        Pooled.Grow(ref previousSameKey, size, count);
        Pooled.Grow(ref flags, size, count);
        // Each kind's stack of boundary indexes holds at most as many as the stack: lay them out again for the new size.
        var larger = ArrayPool<int>.Shared.Rent(size * Boundaries);
        for (int b = 0; b < Boundaries; b++)
            Array.Copy(boundaryIndexes, b * boundaryCapacity, larger, b * size, boundaryCounts[b]);
        ArrayPool<int>.Shared.Return(boundaryIndexes);
        boundaryIndexes = larger;
        boundaryCapacity = capacity = size;
    }

    /// <summary>Gives the arrays back to the pools at the end of the parse; the stack must not be used afterwards.</summary>
    public void Release()
    {
        ArrayPool<int>.Shared.Return(nodes);
        ArrayPool<int>.Shared.Return(keys);
        ArrayPool<int>.Shared.Return(previousSameKey);
        ArrayPool<ElementFlags>.Shared.Return(flags);
        ArrayPool<int>.Shared.Return(boundaryIndexes);
        if (topByKey.Length > 0)
            ArrayPool<int>.Shared.Return(topByKey);
        if (positionOf.Length > 0)
            ArrayPool<int>.Shared.Return(positionOf);
        nodes = keys = previousSameKey = boundaryIndexes = topByKey = positionOf = [];
        flags = [];
        count = positionFilled = 0;
    }
}
