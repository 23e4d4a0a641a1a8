namespace Lede.Tests.Golden;

public sealed class TextComparisonTests
{
    [Fact]
    public void NormalisingCollapsesBlanksButKeepsParagraphsAndCells()
        => Assert.Equal("One two\n\nA\tB\nC", TextComparison.Normalize("  One \u00a0 two \r\n\r\n\r\n A \t B \nC  \n\n"));

    [Fact]
    public void EqualTextsHaveNoDifference()
        => Assert.Null(TextComparison.Difference("First.\n\nSecond.", "First.  \n\n\n  Second.\n", "x.txt"));

    [Fact]
    public void TheDifferenceNamesLineColumnAndContext()
    {
        var message = TextComparison.Difference("First.\n\nSecond line.", "First.\n\nSecond lime.", "x.txt");
        Assert.NotNull(message);
        Assert.Contains("x.txt at line 3, column 10", message);
        Assert.Contains("expected: First.\\n\\nSecond li▶ne.", message);
        Assert.Contains("actual:   First.\\n\\nSecond li▶me.", message);
    }

    [Fact]
    public void AMissingTailIsReportedAsTheEndOfText()
    {
        var message = TextComparison.Difference("One.\n\nTwo.", "One.", "x.txt");
        Assert.Contains("actual:   One.▶<end of text>", message);
        Assert.Contains("expected has 2 paragraphs", message);
    }
}
