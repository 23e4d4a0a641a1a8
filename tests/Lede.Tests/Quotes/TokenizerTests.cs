using Lede.Quotes;
using Lede.Tests.Golden;

namespace Lede.Tests.Quotes;

/// <summary>
/// The tokenizer reads 64 characters at a time into bit masks; it must cut exactly where a plain character loop
/// (<see cref="Reference"/>, the tokenizer as first written) cuts, at block edges and for every character.
/// </summary>
public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Don’t say “U.S.” — the 35-year-old said.", "Don’t|say|“|U.S|.|”|—|the|35-year-old|said|.")]
    [InlineData("a\n\n \nb\n", "a|\n|b|\n")]
    [InlineData("  'quoted' -x- ‑y", "'|quoted|'|-|x|-|‑|y")]
    [InlineData("", "")]
    public void CutsWordsAndPunctuation(string text, string expected)
    {
        var words = Tokenizer.Tokenize(text).Select(t => t.In(text).ToString());
        Assert.Equal(expected, string.Join("|", words));
    }

    [Fact]
    public void KnowsTheKindOfEachToken()
    {
        var tokens = Tokenizer.Tokenize("It’s 9.");
        Assert.Equal([true, true, false], tokens.Select(t => t.IsWord));
        Assert.Equal([(0, 4), (5, 6), (6, 7)], tokens.Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void MatchesTheCharacterLoopOnEveryCharacter()
    {
        // Each character at the text's edges, at both edges of a block, and among letters, joiners and spaces.
        var template = string.Concat(Enumerable.Repeat("ab'c-d e.f\n’g", 15))[..192].ToCharArray();
        int[] places = [0, 5, 62, 63, 64, 65, 100, 127, 128, 191];
        for (int c = 0; c < 0x10000; c++)
        {
            var chars = (char[])template.Clone();
            foreach (int place in places) chars[place] = (char)c;
            AssertSame(new string(chars));
        }
    }

    [Fact]
    public void MatchesTheCharacterLoopOnRandomText()
    {
        const string Alphabet = "aZ9é\u00AA'’-.‑,“”—\n\t \r\u00A0\u2028\u0085x\u001F日";
        var random = new Random(14);
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int k = 0; k < chars.Length; k++) chars[k] = Alphabet[random.Next(Alphabet.Length)];
            AssertSame(new string(chars));
        }
    }

    [Fact]
    public void MatchesTheCharacterLoopOnTheGoldenPages()
    {
        var slugs = GoldenPage.Slugs().ToList();
        Assert.NotEmpty(slugs);
        foreach (var slug in slugs) AssertSame(GoldenPage.Load(slug).GroundTruth);
    }

    private static void AssertSame(string text)
    {
        var expected = Reference(text);
        var actual = Tokenizer.Tokenize(text).Select(t => (t.Start, t.End, t.IsWord)).ToList();
        Assert.True(expected.SequenceEqual(actual), $"tokens differ for “{text}”");
    }

    // The tokenizer as a character loop: a word keeps inner ' ’ - . ‑ before a letter or digit; a line break is a
    // token and the white space after it is skipped; every other non-space character is a token.
    private static List<(int Start, int End, bool IsWord)> Reference(string text)
    {
        var tokens = new List<(int, int, bool)>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                tokens.Add((i, i + 1, false));
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
                tokens.Add((i, i + 1, false));
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
                bool joins = d is '\'' or '’' or '-' or '.' or '‑' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
                if (!joins) break;
                i += 2;
            }
            tokens.Add((start, i, true));
        }
        return tokens;
    }
}
