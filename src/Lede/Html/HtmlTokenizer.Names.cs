using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    // then the tag is dropped and the id is 0). Names are short: a plain loop notes uppercase letters on the way.
    int ReadName(int start, bool attribute, out int id)
    {
        if (Vector256.IsHardwareAccelerated && start <= sourceLength - Vector256<ushort>.Count)
        {
            int end = ReadShortName(start, attribute, out id);
            if (end >= 0)
                return end;
        }
        char[] s = source;
        bool upper = false;
        int p = start;
        ulong ends = attribute ? AttributeNameEndBits : TagNameEndBits;
        // The name's first eight characters, lowercased, a byte each, while they are ASCII: the key most names are found by.
        ulong key = 0;
        bool ascii = true;
        for (; p < sourceLength; p++)
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
        if (p == sourceLength)
            id = 0;
        else if (ascii && length <= NameTable.MaxKeyLength)
            id = names.Find(key) is var known and > 0 ? known : upper ? InternLowercase(s.AsSpan(start, length)) : Intern(s.AsSpan(start, length));
        else if (upper)
            id = InternLowercase(s.AsSpan(start, length));
        else
            id = Intern(s.AsSpan(start, length));
        return p;
    }

    // ReadName's fast path, for the usual name: it ends within the sixteen characters from `start` (all in the markup)
    // at whitespace, '/', '>' or (an attribute's) '=', and holds no U+0000 or other control character. All sixteen are
    // compared at once, so the name's end costs no branch per character; its key (NameTable.Key) comes from the same
    // load. Returns -1, leaving the name to the loop, for anything else.
    int ReadShortName(int start, bool attribute, out int id)
    {
        // In bounds: the caller made sure that start + 16 <= sourceLength, and the markup array is at least that long.
        var chars = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(source)), (nuint)start);
        var ends = Vector256.LessThanOrEqual(chars, Vector256.Create((ushort)' '))
            | Vector256.Equals(chars, Vector256.Create((ushort)'/'))
            | Vector256.Equals(chars, Vector256.Create((ushort)'>'));
        if (attribute)
            ends |= Vector256.Equals(chars, Vector256.Create((ushort)'='));
        // The first character is the name's whatever it is ('=' starts an attribute's name); U+0000 or another
        // control character there, or where the name seems to end, is for the loop.
        uint endBits = ends.ExtractMostSignificantBits() & ~1u;
        if (endBits == 0 || source[start] <= ' ')
        {
            id = 0;
            return -1;
        }
        int length = BitOperations.TrailingZeroCount(endBits), p = start + length;
        if (source[p] < ' ' && !IsWhitespace(source[p]))
        {
            id = 0;
            return -1;
        }
        uint inName = (1u << length) - 1;
        var upperLetters = Vector256.LessThan(chars - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26));
        bool upper = (upperLetters.ExtractMostSignificantBits() & inName) != 0;
        bool ascii = (Vector256.GreaterThan(chars, Vector256.Create((ushort)0x7F)).ExtractMostSignificantBits() & inName) == 0;
        if (ascii && length <= NameTable.MaxKeyLength)
        {
            // The first eight characters lowercased, a byte each with the first in the lowest; the key has the first
            // in the highest byte the name uses.
            var lowered = (chars | (upperLetters & Vector256.Create((ushort)0x20))).GetLower();
            ulong bytes = Vector128.Narrow(lowered, lowered).AsUInt64().ToScalar();
            ulong key = BinaryPrimitives.ReverseEndianness(bytes) >> (64 - 8 * length);
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
