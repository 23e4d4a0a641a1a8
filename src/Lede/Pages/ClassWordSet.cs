namespace Lede.Pages;

/// <summary>
/// A set of the lowercased words or compounds that <see cref="ClassWords"/> gives, looked up by span. Every class and
/// id of every page is read against such sets, and most of their words ("col", "md", "flex", "wrapper") are in none:
/// a table of (length, first two characters) of the set's words turns those away before any hashing.
/// </summary>
internal sealed class ClassWordSet
{
    private const int Lengths = 32;
    private const int Letters = 27; // a–z, and one slot for any other character

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool[] _maybe = new bool[Lengths * Letters * Letters];

    public ClassWordSet(IEnumerable<string> words)
    {
        var set = new HashSet<string>(words, StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in set)
            if (word.Length > 0) _maybe[Key(word)] = true;
    }

    public bool Contains(ReadOnlySpan<char> word) => !word.IsEmpty && _maybe[Key(word)] && _lookup.Contains(word);

    private static int Key(ReadOnlySpan<char> word)
    {
        int length = Math.Min(word.Length, Lengths - 1);
        int second = word.Length > 1 ? Slot(word[1]) : Letters - 1;
        return (length * Letters + Slot(word[0])) * Letters + second;
    }

    private static int Slot(char c) => c is >= 'a' and <= 'z' ? c - 'a' : Letters - 1;
}
