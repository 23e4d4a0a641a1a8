using Lede.Pages;

namespace Lede.Tests.Content;

/// <summary>The one reading of class and id values that every class vocabulary uses.</summary>
public sealed class ClassWordsTests
{
    private static string Words(string value)
    {
        Span<char> buffer = stackalloc char[ClassWords.BufferLength];
        var words = new List<string>();
        foreach (var word in ClassWords.Of(value, buffer)) words.Add(word.ToString());
        return string.Join('|', words);
    }

    private static string Compounds(string value)
    {
        Span<char> buffer = stackalloc char[ClassWords.BufferLength];
        var compounds = new List<string>();
        foreach (var compound in ClassWords.Compounds(value, buffer)) compounds.Add(compound.ToString());
        return string.Join('|', compounds);
    }

    [Theory]
    [InlineData("article__byline postAuthor", "article|byline|post|author")]
    [InlineData("relatedArticles", "related|articles")]
    [InlineData("ABC", "a|b|c")]              // a capital after a letter starts a word
    [InlineData("h1Title a1B", "h1title|a1b")] // not after a digit
    [InlineData("  --  ", "")]
    [InlineData("café-menu", "caf|menu")]     // ASCII letters and digits only
    [InlineData("x\ry\tz", "x|y|z")]
    public void SplitsAtNonLettersAndCapitalsAndLowercases(string value, string expected) => Assert.Equal(expected, Words(value));

    [Fact]
    public void AWordLongerThanTheBufferIsPassedOverAndTheRestRead()
    {
        var value = new string('a', ClassWords.BufferLength + 1) + "Byline author";
        Assert.Equal("byline|author", Words(value));
    }

    [Theory]
    [InlineData("more-from__list read_next", "morefromlist|readnext")]
    [InlineData("a\tb\nc", "a|b|c")]
    [InlineData("-- x", "x")]
    [InlineData("", "")]
    public void CompoundsAreEachClassWithoutItsSeparators(string value, string expected) => Assert.Equal(expected, Compounds(value));

    [Fact]
    public void ALongCompoundIsCutToTheBuffer()
        => Assert.Equal(new string('q', ClassWords.BufferLength), Compounds(new string('q', 500)));

    [Fact]
    public void TheReadersAgreeWithTheRulesWrittenOut()
    {
        char[] alphabet = ['a', 'b', 'Z', 'Q', '1', '-', '_', ' ', '\t', '\n', 'é', ':'];
        var random = new Random(17);
        for (int round = 0; round < 3_000; round++)
        {
            int length = round % 10 == 0 ? random.Next(60, 150) : random.Next(0, 24);
            var value = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(NaiveWords(value), Words(value));
            Assert.Equal(NaiveCompounds(value), Compounds(value));
        }
    }

    // Runs of ASCII letters and digits, cut where a capital follows a letter, lowercased; longer than the buffer: left out.
    private static string NaiveWords(string value)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        for (int i = 0; i <= value.Length; i++)
        {
            bool inWord = i < value.Length && char.IsAsciiLetterOrDigit(value[i]);
            bool cut = inWord && char.IsAsciiLetterUpper(value[i]) && i > 0 && char.IsAsciiLetter(value[i - 1]);
            if ((!inWord || cut) && word.Length > 0)
            {
                if (word.Length <= ClassWords.BufferLength) words.Add(word.ToString());
                word.Clear();
            }
            if (inWord) word.Append(char.ToLowerInvariant(value[i]));
        }
        return string.Join('|', words);
    }

    // Each whitespace-separated class, its ASCII letters and digits lowercased, cut to the buffer; empty ones left out.
    private static string NaiveCompounds(string value)
    {
        var compounds = value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => new string(c.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).Take(ClassWords.BufferLength).ToArray()))
            .Where(c => c.Length > 0);
        return string.Join('|', compounds);
    }
}
