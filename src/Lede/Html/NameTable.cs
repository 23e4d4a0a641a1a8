namespace Lede.Html;

/// <summary>
/// Tag and attribute names as integer ids, one id space for both. The names in known-names.txt have fixed
/// ids (<see cref="KnownNames"/>), shared by every document; any other name a document uses is interned
/// in that document's table, with ids from <see cref="KnownNames.Count"/> on. Names are stored as the
/// tokenizer produced them (ASCII-lowercased, U+0000 replaced); the tree builder's case adjustments for
/// SVG and MathML intern the adjusted spelling the same way.
/// </summary>
/// <remarks>
/// Written here rather than with a <c>FrozenDictionary</c>: a lookup happens for every tag and attribute (a third of
/// the parse's time went to the frozen dictionary's lookups). Names of up to eight ASCII characters — nearly all —
/// are found by a key the tokenizer builds as it reads them, one probe and one comparison of two numbers; longer
/// ones by their hash in open-addressed arrays with the hash stored beside each id.
/// </remarks>
internal sealed class NameTable
{
    // The known names: 512 slots for fewer than 200 names keeps probes short; a slot holds an id (0: empty).
    const int KnownSlotCount = 512;
    static readonly int[] KnownIds = new int[KnownSlotCount];
    static readonly uint[] KnownHashes = new uint[KnownSlotCount];

    // The known names again, by key (see Key): most names on a page are found by one probe and one comparison. The
    // table is sparser than the one by hash, so that nearly every known name sits in its first slot (164 of 172 at
    // 2,048 slots, 140 at 512) and a name the table lacks mostly meets an empty slot at once.
    const int KnownKeySlotCount = 2048;
    static readonly int[] KnownIdsByKey = new int[KnownKeySlotCount];
    static readonly ulong[] KnownKeys = new ulong[KnownKeySlotCount];

    static NameTable()
    {
        for (int id = 1; id < KnownNames.Count; id++)
        {
            string name = KnownNames.Spelling(id);
            uint hash = Hash(name);
            int slot = (int)(hash & (KnownSlotCount - 1));
            while (KnownIds[slot] != 0)
                slot = (slot + 1) & (KnownSlotCount - 1);
            KnownIds[slot] = id;
            KnownHashes[slot] = hash;
            if (Key(name) is not 0 and var key)
            {
                slot = KeySlot(key, KnownKeySlotCount);
                while (KnownIdsByKey[slot] != 0)
                    slot = (slot + 1) & (KnownKeySlotCount - 1);
                KnownIdsByKey[slot] = id;
                KnownKeys[slot] = key;
            }
        }
    }

    // The document's own names, created on the first name outside the known table; the short ones also by key.
    List<string>? internedNames;
    int[]? ids;
    uint[]? hashes;
    int[]? idsByKey;
    ulong[]? keys;

    /// <summary>The longest name that has a key.</summary>
    public const int MaxKeyLength = 8;

    /// <summary>
    /// A name of 1 to 8 ASCII characters as a number, a byte a character (the first in the highest byte used): equal
    /// keys are equal names. 0 for a name that has none (empty, longer, or not ASCII).
    /// </summary>
    public static ulong Key(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > MaxKeyLength)
            return 0;
        ulong key = 0;
        foreach (char c in name)
        {
            if (c >= 0x80)
                return 0;
            key = (key << 8) | c;
        }
        return key;
    }

    static int KeySlot(ulong key, int size) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & (size - 1);

    /// <summary>The id of the name with this <see cref="Key"/>, or 0 when the document has no such name yet.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int Find(ulong key)
    {
        // Inlined into the tokenizer: most names are known ones in their first slot.
        int first = KeySlot(key, KnownKeySlotCount);
        return KnownKeys[first] == key && KnownIdsByKey[first] is var id and > 0 ? id : FindFrom(key, first);
    }

    int FindFrom(ulong key, int firstSlot)
    {
        for (int slot = firstSlot; ; slot = (slot + 1) & (KnownKeySlotCount - 1))
        {
            int id = KnownIdsByKey[slot];
            if (id == 0)
                break;
            if (KnownKeys[slot] == key)
                return id;
        }
        if (idsByKey is null)
            return 0;
        int mask = idsByKey.Length - 1;
        for (int slot = KeySlot(key, idsByKey.Length); ; slot = (slot + 1) & mask)
        {
            int id = idsByKey[slot];
            if (id == 0)
                return 0;
            if (keys![slot] == key)
                return id;
        }
    }

    /// <summary>
    /// The hash of a name for the tables by spelling: the runtime's string hash, over every character and seeded per
    /// process, so that a page of many similar names (a0 … a99999) cannot crowd one chain. Short names are mostly
    /// found by their key (<see cref="Key"/>) before this is needed.
    /// </summary>
    public static uint Hash(ReadOnlySpan<char> name) => (uint)string.GetHashCode(name);

    /// <summary>How many names the document added to the known ones.</summary>
    public int InternedCount => internedNames?.Count ?? 0;

    /// <summary>The id of a name, adding it to this document's table when it is new.</summary>
    public int Intern(ReadOnlySpan<char> name) => Intern(name, Hash(name));

    /// <summary>The id of a name whose <see cref="Hash"/> is <paramref name="hash"/>, adding it when it is new.</summary>
    public int Intern(ReadOnlySpan<char> name, uint hash)
    {
        int id = FindKnown(name, hash);
        if (id != 0)
            return id;
        id = FindInterned(name, hash, out int slot);
        return id != 0 ? id : Add(name, hash, slot);
    }

    /// <summary>The id of a name if the document has it, else 0; never adds.</summary>
    public int Find(ReadOnlySpan<char> name)
    {
        // A short ASCII name is in the tables by its key too (known names, and every one Add interns): no hash to take.
        if (Key(name) is not 0 and var key)
            return Find(key);
        uint hash = Hash(name);
        int id = FindKnown(name, hash);
        return id != 0 ? id : FindInterned(name, hash, out _);
    }

    /// <summary>The name of an id (known or interned here); "" for 0.</summary>
    public string this[int id] => id < KnownNames.Count ? KnownNames.Spelling(id) : internedNames![id - KnownNames.Count];

    static int FindKnown(ReadOnlySpan<char> name, uint hash)
    {
        for (int slot = (int)(hash & (KnownSlotCount - 1)); ; slot = (slot + 1) & (KnownSlotCount - 1))
        {
            int id = KnownIds[slot];
            if (id == 0)
                return 0;
            if (KnownHashes[slot] == hash && name.SequenceEqual(KnownNames.Spelling(id)))
                return id;
        }
    }

    // The id of an interned name, or 0 with the empty slot it would go in.
    int FindInterned(ReadOnlySpan<char> name, uint hash, out int slot)
    {
        slot = -1;
        if (ids is null)
            return 0;
        int mask = ids.Length - 1;
        for (slot = (int)(hash & mask); ; slot = (slot + 1) & mask)
        {
            int id = ids[slot];
            if (id == 0)
                return 0;
            if (hashes![slot] == hash && name.SequenceEqual(internedNames![id - KnownNames.Count]))
                return id;
        }
    }

    int Add(ReadOnlySpan<char> name, uint hash, int slot)
    {
        internedNames ??= [];
        int id = KnownNames.Count + internedNames.Count;
        internedNames.Add(name.ToString());
        // Kept at most half full, so that a miss ends soon.
        if (ids is null || internedNames.Count * 2 > ids.Length)
        {
            Rehash(ids is null ? 64 : ids.Length * 2);
            FindInterned(name, hash, out slot);
        }
        ids![slot] = id;
        hashes![slot] = hash;
        if (Key(name) is not 0 and var key)
            AddKey(key, id);
        return id;
    }

    void AddKey(ulong key, int id)
    {
        if (idsByKey is null || internedNames!.Count * 2 > idsByKey.Length)
        {
            var oldIds = idsByKey;
            var oldKeys = keys;
            idsByKey = new int[idsByKey is null ? 64 : idsByKey.Length * 2];
            keys = new ulong[idsByKey.Length];
            if (oldIds is not null)
                for (int i = 0; i < oldIds.Length; i++)
                    if (oldIds[i] != 0)
                        PlaceKey(oldKeys![i], oldIds[i]);
        }
        PlaceKey(key, id);
    }

    void PlaceKey(ulong key, int id)
    {
        int mask = idsByKey!.Length - 1;
        int slot = KeySlot(key, idsByKey.Length);
        while (idsByKey[slot] != 0)
            slot = (slot + 1) & mask;
        idsByKey[slot] = id;
        keys![slot] = key;
    }

    void Rehash(int size)
    {
        var oldIds = ids;
        var oldHashes = hashes;
        ids = new int[size];
        hashes = new uint[size];
        if (oldIds is null)
            return;
        for (int i = 0; i < oldIds.Length; i++)
        {
            if (oldIds[i] == 0)
                continue;
            int slot = (int)(oldHashes![i] & (size - 1));
            while (ids[slot] != 0)
                slot = (slot + 1) & (size - 1);
            ids[slot] = oldIds[i];
            hashes[slot] = oldHashes[i];
        }
    }
}

internal static partial class KnownNames
{
    /// <summary>The name with a known id.</summary>
    public static string Spelling(int id) => names[id];
}
