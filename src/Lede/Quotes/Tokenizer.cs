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
        var tokens = new List<Token>(text.Length / 5);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                tokens.Add(new Token(i, i + 1, false));
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
                tokens.Add(new Token(i, i + 1, false));
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
            tokens.Add(new Token(start, i, true));
        }
        return tokens;
    }
}
