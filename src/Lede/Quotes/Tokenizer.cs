using System.Runtime.InteropServices;

namespace Lede.Quotes;

/// <summary>
/// Splits body text into words and punctuation. A word keeps its inner apostrophes, hyphens and dots (don’t,
/// 35-year-old, U.S); every other non-space character is a token of its own; a line break is a token ('\n') too,
/// because it ends a sentence.
/// </summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        // Prose has about one token per five characters: a quarter of the length seldom runs out. The list is written
        // through a span, and grows when a text has more.
        var tokens = new List<Token>();
        CollectionsMarshal.SetCount(tokens, text.Length / 4 + 16);
        var span = CollectionsMarshal.AsSpan(tokens);
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (count == span.Length)
            {
                CollectionsMarshal.SetCount(tokens, 2 * count);
                span = CollectionsMarshal.AsSpan(tokens);
            }
            if (c == '\n')
            {
                span[count++] = new Token(i, i + 1, false);
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                span[count++] = new Token(i, i + 1, false);
                i++;
                continue;
            }
            int start = i++;
            while (i < text.Length)
            {
                char d = text[i];
                if (char.IsLetterOrDigit(d))
                {
                    i++;
                    continue;
                }
                // Inner joiners: an apostrophe between letters, a hyphen or dot followed by a letter or digit.
                bool joins = d is '\'' or '’' or '-' or '.' or '‑' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (!joins) break;
                i += 2;
            }
            span[count++] = new Token(start, i, true);
        }
        CollectionsMarshal.SetCount(tokens, count);
        return tokens;
    }
}
