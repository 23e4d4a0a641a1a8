using System.Text;

namespace Lede.Lexicon;

/// <summary>Whitespace-aware text measuring and normalising, on spans.</summary>
internal static class TextMeasure
{
    /// <summary>Length of the text with each whitespace run counted as one char, leading and trailing runs included as one.</summary>
    public static int CollapsedLength(ReadOnlySpan<char> text)
    {
        // By stretches, not by characters: every text node of the page is measured, and a vectorised search for the
        // next space (or the next non-space) skips most characters without looking at them one by one.
        int length = 0;
        bool inSpace = false;
        while (!text.IsEmpty)
        {
            int word = text.IndexOfAny(Spaces);
            if (word < 0)
                return length + text.Length;
            if (word > 0) { length += word; inSpace = false; }
            text = text[word..];
            int run = text.IndexOfAnyExcept(Spaces);
            if (!inSpace) { length++; inSpace = true; }
            text = run < 0 ? [] : text[run..];
        }
        // A text node of only whitespace carries no text.
        return length == 1 && inSpace ? 0 : length;
    }

    // Every character IsSpace accepts, for the vectorised searches.
    private static readonly System.Buffers.SearchValues<char> Spaces = System.Buffers.SearchValues.Create(CharsWhere(IsSpace));

    // The spaces and the soft hyphen: where appending text has to look at a character.
    private static readonly System.Buffers.SearchValues<char> SpacesAndSoftHyphen = System.Buffers.SearchValues.Create([.. CharsWhere(IsSpace), '\u00AD']);

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
        while (!text.IsEmpty)
        {
            int stop = text.IndexOfAny(SpacesAndSoftHyphen);
            if (stop < 0) { sb.Append(text); return; }
            sb.Append(text[..stop]);
            char c = text[stop];
            text = text[(stop + 1)..];
            if (c == '\u00AD') continue; // soft hyphen: invisible
            if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' ');
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
