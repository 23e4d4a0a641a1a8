namespace Lede.Tests.Golden;

public sealed class ShingleF1Tests
{
    [Fact]
    public void IdenticalTextsScoreOne()
        => Assert.Equal(1.0, ShingleF1.Score("The quick brown fox jumps over the lazy dog.", "The quick brown fox jumps over the lazy dog!").F1);

    [Fact]
    public void DisjointTextsScoreZero()
        => Assert.Equal(0.0, ShingleF1.Score("one two three four five", "six seven eight nine ten").F1);

    [Fact]
    public void TwoEmptyTextsAreAPerfectMatch()
        => Assert.Equal(new ShingleScore(1, 1, 1), ShingleF1.Score("", "  ... "));

    [Fact]
    public void NothingExtractedScoresZero()
        => Assert.Equal(new ShingleScore(0, 0, 0), ShingleF1.Score("one two three four five", ""));

    [Fact]
    public void CountsSharedShinglesOnce()
    {
        // Truth shingles: abcd, bcde. Predicted: abcd, bcdx. One of two matches each way.
        var score = ShingleF1.Score("a b c d e", "a b c d x");
        Assert.Equal(0.5, score.Precision, 9);
        Assert.Equal(0.5, score.Recall, 9);
        Assert.Equal(0.5, score.F1, 9);
    }

    [Fact]
    public void ShinglesAreAMultiset()
    {
        // Truth: abcd, bcda, cdab, dabc, abcd. Predicted abcd matches one of the two abcd.
        var score = ShingleF1.Score("a b c d a b c d", "a b c d");
        Assert.Equal(1.0, score.Precision, 9);
        Assert.Equal(0.2, score.Recall, 9);
        Assert.Equal(1.0 / 3, score.F1, 9);
    }

    [Fact]
    public void ATextShorterThanAShingleIsOneShingle()
    {
        Assert.Equal(["a\u0001b"], ShingleF1.Shingles("a b").Keys);
        Assert.Equal(1.0, ShingleF1.Score("Hello, world", "Hello world!").F1);
        Assert.Equal(0.0, ShingleF1.Score("Hello, world", "hello world").F1);
    }

    [Fact]
    public void TokensAreUnicodeWordRunsAndCaseSensitive()
    {
        Assert.Equal(["don", "t", "Пётр", "naïve", "x_1", "２０19"], ShingleF1.Tokenize("don't — Пётр, naïve x_1 (２０19)"));
    }
}
