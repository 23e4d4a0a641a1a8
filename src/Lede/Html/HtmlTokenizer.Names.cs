using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Lede.Html;

/// <summary>
/// Tag and attribute names (the tag name and attribute name states' characters): ASCII-lowercased, U+0000 made
/// U+FFFD, and interned in the document's <see cref="NameTable"/> straight from the markup when they need no change,
/// else from a reusable scratch buffer, so a tag costs no string.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    char[] nameScratch = new char[32];

    // A tag or attribute name from `start` (whose first character is the name's even if it is an attribute's '=') to
    // whitespace, '/', '>' or (for an attribute) '='; interned. Returns where it ends (the input's length at its end:
    // then the tag is dropped and the id is 0). Most are read by ReadShortName; the rest by a plain loop that notes
    // uppercase letters on the way.
    int ReadName(int start, bool attribute, out int id)
    {
        if (Sse2.IsSupported && start <= sourceLength - 16)
        {
            int end = ReadShortName(start, attribute, out id);
            if (end >= 0)
                return end;
        }
        // The markup as a span of its length, so that the loop's test is its bounds check.
        ReadOnlySpan<char> s = source.AsSpan(0, sourceLength);
        bool upper = false;
        int p = start;
        ulong ends = attribute ? AttributeNameEndBits : TagNameEndBits;
        // The name's first eight characters, lowercased, a byte each, while they are ASCII: the key most names are found by.
        ulong key = 0;
        bool ascii = true;
        for (; p < s.Length; p++)
        {
            char c = s[p];
            if (c > '>')
            {
                if (char.IsAsciiLetterUpper(c))
                {
                    upper = true;
                    c = (char)(c | 0x20);
                }
                ascii &= c < 0x80;
                key = (key << 8) | (byte)c;
                continue;
            }
            if (((1UL << c) & ends) != 0 && p > start)
                break;
            if (c == '\0')
                return ReadNameWithNul(start, attribute, out id);
            key = (key << 8) | c;
        }
        int length = p - start;
        if (p == s.Length)
            id = 0;
        else if (ascii && length <= NameTable.MaxKeyLength)
            id = names.Find(key) is var known and > 0 ? known : upper ? InternLowercase(s.Slice(start, length)) : Intern(s.Slice(start, length));
        else if (upper)
            id = InternLowercase(s.Slice(start, length));
        else
            id = Intern(s.Slice(start, length));
        return p;
    }

    // ReadName's fast path, for a name that ends within the sixteen characters from `start`: they are packed into bytes
    // (U+0100 to U+7FFF read as 0xFF, non-ASCII and no name's end; from U+8000 as 0, an end the check below sends to
    // the loop), so that the name's end, its uppercase letters and its key come from a few vector operations instead
    // of a branch a character. Returns -1 for anything else, which the loop reads.
    int ReadShortName(int start, bool attribute, out int id)
    {
        // In bounds: start + 16 <= sourceLength, and the markup array is at least that long.
        ref short at = ref Unsafe.Add(ref Unsafe.As<char, short>(ref MemoryMarshal.GetArrayDataReference(source)), start);
        var bytes = Sse2.PackUnsignedSaturate(Vector128.LoadUnsafe(ref at), Vector128.LoadUnsafe(ref at, 8));
        var ends = Vector128.LessThanOrEqual(bytes, Vector128.Create((byte)' '))
            | Vector128.Equals(bytes, Vector128.Create((byte)'/'))
            | Vector128.Equals(bytes, Vector128.Create((byte)'>'));
        if (attribute)
            ends |= Vector128.Equals(bytes, Vector128.Create((byte)'='));
        uint endBits = ends.ExtractMostSignificantBits() & ~1u;
        id = 0;
        if (endBits == 0 || source[start] <= ' ')
            return -1;
        int length = BitOperations.TrailingZeroCount(endBits), p = start + length;
        // Not a real end: U+0000 or another control character (the name's, or for the loop), or a character from U+8000
        // that packed to 0.
        if ((source[p] < ' ' && !IsWhitespace(source[p])) || (source[p] > ' ' && source[p] is not ('/' or '>' or '=')))
            return -1;
        uint inName = (1u << length) - 1;
        var upperLetters = Vector128.LessThan(bytes - Vector128.Create((byte)'A'), Vector128.Create((byte)26));
        bool upper = (upperLetters.ExtractMostSignificantBits() & inName) != 0;
        if ((bytes.ExtractMostSignificantBits() & inName) == 0 && length <= NameTable.MaxKeyLength)
        {
            ulong first8 = (bytes | (upperLetters & Vector128.Create((byte)0x20))).AsUInt64().ToScalar();
            ulong key = System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(first8) >> (64 - 8 * length);
            if (names.Find(key) is var known and > 0)
            {
                id = known;
                return p;
            }
        }
        var name = source.AsSpan(start, length);
        id = upper ? InternLowercase(name) : Intern(name);
        return p;
    }

    const ulong AttributeNameEndBits = TagNameEndBits | (1UL << '=');

    static bool EndsName(char c, bool attribute) => EndsTagName(c) || (c == '=' && attribute);

    // The slow path of ReadName: the name holds U+0000, so it is built in the scratch buffer.
    int ReadNameWithNul(int start, bool attribute, out int id)
    {
        char[] s = source;
        int p = start, length = 0;
        for (; p < sourceLength; p++)
        {
            char c = s[p];
            if (c == '\0')
                c = ReplacementCharacter;
            else if (p > start && EndsName(c, attribute))
                break;
            if (length == nameScratch.Length)
                Array.Resize(ref nameScratch, length * 2);
            nameScratch[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        id = p < sourceLength ? Intern(nameScratch.AsSpan(0, length)) : 0;
        return p;
    }

    // Interns a name with uppercase letters, lowercased in the scratch buffer.
    int InternLowercase(ReadOnlySpan<char> name)
    {
        if (name.Length > nameScratch.Length)
            nameScratch = new char[Math.Max(name.Length, nameScratch.Length * 2)];
        for (int i = 0; i < name.Length; i++)
            nameScratch[i] = char.IsAsciiLetterUpper(name[i]) ? (char)(name[i] | 0x20) : name[i];
        return Intern(nameScratch.AsSpan(0, name.Length));
    }

    // The id of a lowercased name (never empty).
    int Intern(ReadOnlySpan<char> name) => names.Intern(name);
}
