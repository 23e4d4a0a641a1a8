using System.Text;

namespace Lede.Html;

/// <summary>
/// The character reference states (13.2.5.72–80): named (longest match, the historical rule in attribute values),
/// ambiguous ampersand and numeric references. A reference that decodes is written to the current run; one that
/// does not leaves its characters as the markup's own, so the run stays a range of the markup.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    // Windows-1252's characters for the numeric references 0x80–0x9F (0: the number stands for itself).
    static readonly ushort[] C1Replacements =
    [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];

    // Character reference state, at the '&' at `at`; returns where the return state goes on.
    int CharacterReference(int at, bool inAttribute)
    {
        char next = At(at + 1);
        if (char.IsAsciiLetterOrDigit(next))
            return NamedCharacterReference(at, inAttribute);
        if (next == '#')
            return NumericCharacterReference(at);
        return at + 1; // a lone '&' is text
    }

    // Named character reference state; on no match, the ambiguous ampersand state, whose letters and digits are text.
    int NamedCharacterReference(int at, bool inAttribute)
    {
        int nameStart = at + 1;
        if (!NamedCharacterReferences.TryMatch(source.AsSpan(nameStart, sourceLength - nameStart), out int length, out string value))
            return nameStart;
        int end = nameStart + length;
        // Historical: in an attribute value, "&amp=" or "&notit" without the semicolon is not a reference.
        if (inAttribute && source[end - 1] != ';' && (At(end) == '=' || char.IsAsciiLetterOrDigit(At(end))))
            return end;
        return ReplaceInRun(at, end, value);
    }

    // Numeric, hexadecimal/decimal start and reference states, and the numeric character reference end state.
    int NumericCharacterReference(int at)
    {
        char[] s = source;
        int p = at + 2;
        bool hex = (At(p) | 0x20) == 'x';
        if (hex)
            p++;
        int digitsStart = p, value = 0;
        for (; p < sourceLength; p++)
        {
            int digit = DigitValue(s[p], hex);
            if (digit < 0)
                break;
            // Past 0x10FFFF the value no longer matters: pin it there so long digit runs cannot overflow.
            value = Math.Min(value * (hex ? 16 : 10) + digit, 0x110000);
        }
        if (p == digitsStart)
            return digitsStart; // absence of digits: "&#" or "&#x" is text
        if (p < sourceLength && s[p] == ';')
            p++;
        Span<char> decoded = stackalloc char[2];
        int written = new Rune(CodePointFor(value)).EncodeToUtf16(decoded);
        return ReplaceInRun(at, p, decoded[..written]);
    }

    static int DigitValue(char c, bool hex)
    {
        if (char.IsAsciiDigit(c))
            return c - '0';
        if (!hex)
            return -1;
        char lower = (char)(c | 0x20);
        return lower is >= 'a' and <= 'f' ? lower - 'a' + 10 : -1;
    }

    // What a numeric reference stands for: U+FFFD for 0, surrogates and past Unicode; Windows-1252 for 0x80–0x9F.
    static int CodePointFor(int value)
    {
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return ReplacementCharacter;
        if (value >= 0x80 && value <= 0x9F && C1Replacements[value - 0x80] != 0)
            return C1Replacements[value - 0x80];
        return value;
    }
}
