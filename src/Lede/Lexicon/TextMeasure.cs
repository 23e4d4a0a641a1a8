using System.Text;

namespace Lede.Lexicon;

/// <summary>Whitespace-aware text measuring and normalising, on spans.</summary>
internal static class TextMeasure
{
    /// <summary>Length of the text with each whitespace run counted as one char, leading and trailing runs included as one.</summary>
    public static int CollapsedLength(ReadOnlySpan<char> text)
    {
        int length = 0;
        bool inSpace = false;
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                if (!inSpace) { length++; inSpace = true; }
            }
            else
            {
                length++;
                inSpace = false;
            }
        }
        // A text node of only whitespace carries no text.
        return length == 1 && inSpace ? 0 : length;
    }

    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u200B' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>Appends text to a builder with whitespace runs collapsed to one space (no leading space at the start of the builder).</summary>
    public static void AppendCollapsed(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' ');
            }
            else if (c != '\u00AD') // soft hyphen: invisible
            {
                sb.Append(c);
            }
        }
    }

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
