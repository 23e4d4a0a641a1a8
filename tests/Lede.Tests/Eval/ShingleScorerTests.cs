using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

public sealed class ShingleScorerTests
{
    [Fact]
    public void TokensAreRunsOfWordCharactersWithCaseKept()
    {
        Assert.Equal(["It", "s", "a", "well", "known", "fact_1", "2024"], ShingleScorer.Tokenize("It's a well-known fact_1 (2024)!"));
    }

    [Theory]
    // Python's \w takes every letter and number, including superscripts and fractions ...
    [InlineData("x² ½ Ⅻ", new[] { "x²", "½", "Ⅻ" })]
    // ... and letters outside the basic plane, read as code points, not UTF-16 halves ...
    [InlineData("𝐀𝐁 c", new[] { "𝐀𝐁", "c" })]
    // ... but not combining marks (which .NET's \w takes) nor connector punctuation other than '_'.
    [InlineData("e\u0301te a\u203Fb", new[] { "e", "te", "a", "b" })]
    [InlineData("日本語の記事 Ελληνικά", new[] { "日本語の記事", "Ελληνικά" })]
    [InlineData("— … ! ", new string[0])]
    public void WordCharactersFollowPython(string text, string[] tokens)
    {
        Assert.Equal(tokens, ShingleScorer.Tokenize(text));
    }

    [Fact]
    public void ShinglesAreFourGramsCounted()
    {
        var shingles = ShingleScorer.Shingles("a b c d e a b c d");

        Assert.Equal(5, shingles.Count);
        Assert.Equal(2, shingles["a b c d"]);
        Assert.Equal(1, shingles["d e a b"]);
    }

    [Theory]
    [InlineData("one two three", "one two three")]
    [InlineData("solo", "solo")]
    public void FewerThanFourTokensMakeOneShingle(string text, string shingle)
    {
        var shingles = ShingleScorer.Shingles(text);

        Assert.Equal(shingle, Assert.Single(shingles).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ... — ")]
    public void NoTokensMakeNoShingle(string text)
    {
        Assert.Empty(ShingleScorer.Shingles(text));
    }

    [Fact]
    public void IdenticalTextsScoreOne()
    {
        var score = ShingleScorer.ScorePage("The council met on Monday night.", "The council  met on Monday night");

        Assert.Equal(1, score.Precision);
        Assert.Equal(1, score.Recall);
        Assert.Equal(1, score.F1);
    }

    [Fact]
    public void CountsAreNormalisedPerPage()
    {
        // Truth: 7 shingles. Prediction: the same text plus a 4-token tail, so 4 extra shingles bridging into it.
        var score = ShingleScorer.ScorePage("a b c d e f g h i j", "a b c d e f g h i j k l m n");

        Assert.Equal(7.0 / 11, score.Tp, 12);
        Assert.Equal(4.0 / 11, score.Fp, 12);
        Assert.Equal(0, score.Fn);
        Assert.Equal(7.0 / 11, score.Precision, 12);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void RepeatedShinglesCountEachTime()
    {
        // The prediction repeats the story: every shingle is found once too often.
        var score = ShingleScorer.ScorePage("w x y z", "w x y z w x y z");

        // Truth {wxyz:1}; prediction {wxyz:2, xyzw:1, yzwx:1, zwxy:1}: tp 1, fp 4.
        Assert.Equal(1.0 / 5, score.Precision, 12);
        Assert.Equal(1, score.Recall);
    }

    [Fact]
    public void EmptyPredictionHasNoPrecisionAndZeroRecall()
    {
        var score = ShingleScorer.ScorePage("Some words of the story here.", "");

        Assert.False(score.HasPrecision);
        Assert.True(score.HasRecall);
        Assert.Equal(0, score.Recall);
        Assert.Equal(0, score.F1);
    }

    [Fact]
    public void BothEmptyCountsForNeitherMean()
    {
        var score = ShingleScorer.ScorePage("", "");

        Assert.False(score.HasPrecision);
        Assert.False(score.HasRecall);
    }

    [Fact]
    public void TotalsAverageOnlyQualifyingPages()
    {
        PageScore[] pages =
        [
            ShingleScorer.ScorePage("a b c d e", "a b c d e"),          // P 1, R 1
            ShingleScorer.ScorePage("a b c d e", ""),                   // no P, R 0
            ShingleScorer.ScorePage("a b c d e", "a b c d e f g h i"),  // P 2/6, R 1
        ];

        var total = ShingleScorer.Summarize(pages);

        Assert.Equal((1 + 2.0 / 6) / 2, total.Precision, 12);
        Assert.Equal(2.0 / 3, total.Recall, 12);
        Assert.Equal(2 * total.Precision * total.Recall / (total.Precision + total.Recall), total.F1, 12);
        Assert.Equal(3, total.Pages);
    }

    [Fact]
    public void NoQualifyingPageGivesZeroNotNaN()
    {
        var total = ShingleScorer.Summarize([ShingleScorer.ScorePage("", "")]);

        Assert.Equal(0, total.Precision);
        Assert.Equal(0, total.F1);
    }
}
