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
}
