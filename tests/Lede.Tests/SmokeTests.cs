namespace Lede.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void ExtractsAParagraph()
    {
        var result = Extractor.Extract("<html><body><p>Hello world, this is a story.</p></body></html>");
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Contains("Hello world", result.Article!.Text);
    }
}
