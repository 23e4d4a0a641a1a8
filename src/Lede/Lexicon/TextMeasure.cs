using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Lede.Lexicon;

/// <summary>Whitespace-aware text measuring and normalising, on spans.</summary>
internal static class TextMeasure
{
    /// <summary>Length of the text with each whitespace run counted as one char, leading and trailing runs included as one.</summary>
    public static int CollapsedLength(ReadOnlySpan<char> text)
    {
        // Every text node of the page is measured, sixteen characters at a time: the characters that are not spaces
        // count one each, and so does each run of spaces (a space whose left neighbour is not one starts a run).
        int length = 0;
        bool inSpace = false;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                var v = Vector256.LoadUnsafe(ref chars, (nuint)i);
                uint mask = Spaces(v).ExtractMostSignificantBits();
                uint runStarts = mask & ~((mask << 1) | (inSpace ? 1u : 0u));
                length += Vector256<ushort>.Count - BitOperations.PopCount(mask) + BitOperations.PopCount(runStarts);
                inSpace = (mask >> (Vector256<ushort>.Count - 1)) != 0;
            }
        }
        for (; i < text.Length; i++) Count(text[i], ref length, ref inSpace);
        // A text node of only whitespace carries no text.
        return length == 1 && inSpace ? 0 : length;
    }

    // IsSpace, sixteen characters at once: the ASCII spaces, and beyond ASCII (rarer) the characters char.IsWhiteSpace
    // accepts there (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and U+200B.
    private static Vector256<ushort> Spaces(Vector256<ushort> v)
    {
        var spaces = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.Equals(v, Vector256.Create((ushort)'\n'))
            | Vector256.Equals(v, Vector256.Create((ushort)'\t')) | Vector256.Equals(v, Vector256.Create((ushort)'\r'))
            | Vector256.Equals(v, Vector256.Create((ushort)'\f'));
        if (!Vector256.GreaterThanAny(v, Vector256.Create((ushort)127)))
            return spaces;
        return spaces | Vector256.Equals(v, Vector256.Create((ushort)0x85)) | Vector256.Equals(v, Vector256.Create((ushort)0xA0))
            | Vector256.Equals(v, Vector256.Create((ushort)0x1680))
            | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x0B))
            | Vector256.Equals(v, Vector256.Create((ushort)0x2028)) | Vector256.Equals(v, Vector256.Create((ushort)0x2029))
            | Vector256.Equals(v, Vector256.Create((ushort)0x202F)) | Vector256.Equals(v, Vector256.Create((ushort)0x205F))
            | Vector256.Equals(v, Vector256.Create((ushort)0x3000));
    }

    private static void Count(char c, ref int length, ref bool inSpace)
    {
        if (!IsSpace(c)) { length++; inSpace = false; }
        else if (!inSpace) { length++; inSpace = true; }
    }

    // The spaces other than the plain one, and the soft hyphen: where appending text has to look at a character.
    private static readonly System.Buffers.SearchValues<char> OtherSpacesAndSoftHyphen
        = System.Buffers.SearchValues.Create([.. CharsWhere(c => IsSpace(c) && c != ' '), '\u00AD']);

    private static char[] CharsWhere(Func<char, bool> test)
    {
        var chars = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (test((char)c)) chars.Add((char)c);
        return [.. chars];
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>Appends text to a builder with whitespace runs collapsed to one space (no leading space at the start of the builder).</summary>
    public static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        // Most text is words between single plain spaces: such a stretch is appended whole, and only a stretch with a
        // doubled space, or a space after one already written, goes character by character.
        bool afterSpace = sb.Length == 0 || sb[^1] is ' ' or '\n';
        while (!text.IsEmpty)
        {
            int special = text.IndexOfAny(OtherSpacesAndSoftHyphen);
            var plain = special < 0 ? text : text[..special];
            if (!plain.IsEmpty)
            {
                if (plain.Contains("  ", StringComparison.Ordinal) || afterSpace && plain[0] == ' ')
                    AppendSpaced(sb, plain, ref afterSpace);
                else
                {
                    sb.Append(plain);
                    afterSpace = plain[^1] == ' ';
                }
            }
            if (special < 0) return;
            char c = text[special];
            text = text[(special + 1)..];
            if (c == '\u00AD') continue; // soft hyphen: invisible
            if (!afterSpace) { sb.Append(' '); afterSpace = true; }
        }
    }

    // Words and plain spaces, each run of spaces written as one, none right after a space already written.
    private static void AppendSpaced(StringBuilder sb, ReadOnlySpan<char> text, ref bool afterSpace)
    {
        while (!text.IsEmpty)
        {
            int space = text.IndexOf(' ');
            if (space < 0) { sb.Append(text); afterSpace = false; return; }
            if (space > 0) { sb.Append(text[..space]); afterSpace = false; }
            if (!afterSpace) { sb.Append(' '); afterSpace = true; }
            text = text[(space + 1)..];
        }
    }

    /// <summary>
    /// True when the text is as <see cref="AppendCollapsed"/> and then <see cref="string.Trim()"/> would leave it: no run
    /// of spaces, no other whitespace or soft hyphen, no whitespace at either end.
    /// </summary>
    public static bool IsCollapsedAndTrimmed(ReadOnlySpan<char> text)
        => text.IsEmpty || !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
            && !text.ContainsAny(OtherSpacesAndSoftHyphen) && !text.Contains("  ", StringComparison.Ordinal);

    public static int CountWords(ReadOnlySpan<char> text)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord) words++;
            inWord = w;
        }
        return words;
    }

    /// <summary>The same words, whatever the case and the spacing between them ("Breaking  news" and "breaking news").</summary>
    public static bool SameWords(string a, string b)
    {
        return Normalize(a).Equals(Normalize(b), StringComparison.OrdinalIgnoreCase);

        static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
