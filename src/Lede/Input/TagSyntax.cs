using System.Buffers;

namespace Lede.Input;

/// <summary>The few rules of the HTML tokenizer that <see cref="NestingScanner"/> needs to step over a tag.</summary>
internal static class TagSyntax
{
    /// <summary>The characters that end a tag name.</summary>
    public static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\f\r/>");

    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create(" \t\n\f\r/>=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\f\r>");

    /// <summary>
    /// Steps over a tag's attributes as the tokenizer does (a '&gt;' inside a quoted value does not end the tag).
    /// Returns the index after the closing '&gt;', or -1 when the input ends inside the tag.
    /// </summary>
    public static int AfterAttributes(ReadOnlySpan<char> s, int i, out bool selfClosing)
    {
        selfClosing = false;
        while (true)
        {
            i = SkipSpace(s, i);
            if (i >= s.Length)
                return -1;
            if (s[i] == '>')
                return i + 1;
            if (s[i] == '/')
            {
                if (i + 1 < s.Length && s[i + 1] == '>')
                {
                    selfClosing = true;
                    return i + 2;
                }
                i++;
                continue;
            }
            // An attribute name; its first character may be anything, '=' included.
            i = IndexOrEnd(s, i + 1, AttributeNameEnd);
            i = SkipSpace(s, i);
            if (i >= s.Length || s[i] != '=')
                continue;
            i = SkipSpace(s, i + 1);
            if (i >= s.Length)
                return -1;
            if (s[i] is '"' or '\'')
            {
                int close = s[(i + 1)..].IndexOf(s[i]);
                if (close < 0)
                    return -1;
                i += close + 2;
            }
            else
            {
                i = IndexOrEnd(s, i, UnquotedValueEnd);
            }
        }
    }

    public static int After(ReadOnlySpan<char> s, int from, char c)
    {
        int at = s[from..].IndexOf(c);
        return at < 0 ? s.Length : from + at + 1;
    }

    public static int IndexOrEnd(ReadOnlySpan<char> s, int from, SearchValues<char> values)
    {
        int at = s[from..].IndexOfAny(values);
        return at < 0 ? s.Length : from + at;
    }

    public static int SkipSpace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\f' or '\r')
            i++;
        return i;
    }

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
}
