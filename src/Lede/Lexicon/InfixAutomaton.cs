namespace Lede.Lexicon;

/// <summary>
/// Finds which of a few lists of lowercase ASCII words (letters and digits) occur inside a word that is read one
/// character at a time: an Aho–Corasick automaton made into a full table, so each character costs one table read.
/// </summary>
/// <remarks>
/// Written here because the class reading asks it of every class on every page, inside a loop that already reads the
/// class a character at a time. <see cref="System.Buffers.SearchValues{T}"/> of strings answers the same question, but
/// as a second pass with a setup cost per call that, on words of some fifteen characters, was most of the time spent.
/// </remarks>
internal sealed class InfixAutomaton
{
    /// <summary>The characters a word is made of: 'a' to 'z', then '0' to '9'.</summary>
    public const int Alphabet = 36;

    // Entry state + symbol: the next state (a multiple of Alphabet, so a state is its row's start) shifted left by
    // eight, then the bits of the lists one of whose words ends at that point of the input.
    private readonly int[] _table;

    /// <summary>An automaton over up to eight lists; list i is reported as bit i.</summary>
    public InfixAutomaton(params IReadOnlyList<string>[] lists)
    {
        if (lists.Length > 8) throw new ArgumentException("at most eight lists", nameof(lists));
        // The trie of every word: children by symbol, -1 for none, and what ends at each node.
        var children = new List<int[]> { NewRow() };
        var ends = new List<int> { 0 };
        for (int list = 0; list < lists.Length; list++)
        {
            foreach (var word in lists[list])
            {
                if (word.Length == 0 || word.Any(c => Symbol(c) < 0))
                    throw new ArgumentException($"“{word}” is not a lowercase ASCII word", nameof(lists));
                int node = 0;
                foreach (char c in word)
                {
                    int symbol = Symbol(c);
                    if (children[node][symbol] < 0)
                    {
                        children[node][symbol] = children.Count;
                        children.Add(NewRow());
                        ends.Add(0);
                    }
                    node = children[node][symbol];
                }
                ends[node] |= 1 << list;
            }
        }
        // Breadth first, each node's missing children become the transitions of its longest proper suffix in the
        // trie, and a node reports what its suffix reports too.
        var fail = new int[children.Count];
        var queue = new Queue<int>();
        for (int symbol = 0; symbol < Alphabet; symbol++)
        {
            int child = children[0][symbol];
            if (child < 0) children[0][symbol] = 0;
            else queue.Enqueue(child);
        }
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            ends[node] |= ends[fail[node]];
            for (int symbol = 0; symbol < Alphabet; symbol++)
            {
                int child = children[node][symbol];
                if (child < 0)
                {
                    children[node][symbol] = children[fail[node]][symbol];
                    continue;
                }
                fail[child] = children[fail[node]][symbol];
                queue.Enqueue(child);
            }
        }
        if (children.Count > MaxStates) throw new ArgumentException($"more than {MaxStates} states", nameof(lists));
        _table = new int[children.Count * Alphabet];
        for (int node = 0; node < children.Count; node++)
        {
            for (int symbol = 0; symbol < Alphabet; symbol++)
            {
                int next = children[node][symbol];
                _table[node * Alphabet + symbol] = (next * Alphabet) << 8 | ends[next];
            }
        }

        static int[] NewRow() => Enumerable.Repeat(-1, Alphabet).ToArray();
    }

    // A state's row start, shifted by eight, must fit an int.
    private const int MaxStates = (int.MaxValue >> 8) / Alphabet;

    /// <summary>The state before any character is read.</summary>
    public const int Start = 0;

    /// <summary>Reads <paramref name="c"/> (a lowercase ASCII letter or a digit) and adds to <paramref name="found"/> the bits of the lists with a word that ends at it.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Step(int state, char c, ref int found)
    {
        int entry = _table[state + (c >= 'a' ? c - 'a' : c - '0' + 26)];
        found |= entry & 0xFF;
        return entry >> 8;
    }

    /// <summary>The bits of the lists with a word inside <paramref name="word"/> (lowercase ASCII letters and digits).</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        int state = Start, found = 0;
        foreach (char c in word) state = Step(state, c, ref found);
        return found;
    }

    // The symbol of a word's character, or -1 for one no word may hold.
    private static int Symbol(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? c - '0' + 26 : -1;
}
