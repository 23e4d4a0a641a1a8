using System.Collections.Frozen;

namespace Lede.Html;

/// <summary>
/// Tag and attribute names as integer ids, one id space for both. The names in known-names.txt have fixed
/// ids (<see cref="KnownNames"/>), shared by every document; any other name a document uses is interned
/// in that document's table, with ids from <see cref="KnownNames.Count"/> on. Names are stored as the
/// tokenizer produced them (ASCII-lowercased, U+0000 replaced); the tree builder's case adjustments for
/// SVG and MathML intern the adjusted spelling the same way.
/// </summary>
internal sealed class NameTable
{
    static readonly FrozenDictionary<string, int> Known = BuildKnown();
    static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    // Created on the first name outside the known table: most pages use a few custom tags at most.
    Dictionary<string, int>? interned;
    List<string>? internedNames;

    /// <summary>How many names the document added to the known ones.</summary>
    public int InternedCount => internedNames?.Count ?? 0;

    /// <summary>The id of a name, adding it to this document's table when it is new.</summary>
    public int Intern(ReadOnlySpan<char> name)
    {
        if (KnownBySpan.TryGetValue(name, out int id))
            return id;
        interned ??= new Dictionary<string, int>(StringComparer.Ordinal);
        internedNames ??= [];
        var lookup = interned.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(name, out id))
            return id;
        id = KnownNames.Count + internedNames.Count;
        string text = name.ToString();
        interned.Add(text, id);
        internedNames.Add(text);
        return id;
    }

    /// <summary>The id of a name if the document has it, else 0; never adds.</summary>
    public int Find(ReadOnlySpan<char> name)
    {
        if (KnownBySpan.TryGetValue(name, out int id))
            return id;
        return interned is not null && interned.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out id) ? id : 0;
    }

    /// <summary>The name of an id (known or interned here); "" for 0.</summary>
    public string this[int id] => id < KnownNames.Count ? KnownNames.Spelling(id) : internedNames![id - KnownNames.Count];

    static FrozenDictionary<string, int> BuildKnown()
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int id = 1; id < KnownNames.Count; id++)
            ids.Add(KnownNames.Spelling(id), id);
        return ids.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

internal static partial class KnownNames
{
    /// <summary>The name with a known id.</summary>
    public static string Spelling(int id) => names[id];
}
