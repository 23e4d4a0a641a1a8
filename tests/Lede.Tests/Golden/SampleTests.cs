namespace Lede.Tests.Golden;

/// <summary>
/// The bundled samples/*.html pages, written for this project: each page's plain text must be exactly
/// its samples/NAME.expected.txt (after whitespace normalisation). These are hand-written acceptance
/// bars, never blessed from the extractor's output.
/// </summary>
public sealed class SampleTests
{
    private static readonly string SamplesRoot = Path.Combine(AppContext.BaseDirectory, "samples");

    public static TheoryData<string> Samples => new(
        Directory.Exists(SamplesRoot)
            ? Directory.GetFiles(SamplesRoot, "*.html").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal)
            : []);

    [Fact]
    public void SamplesAreCopiedToTheTestOutput()
        => Assert.True(Directory.Exists(SamplesRoot) && Directory.GetFiles(SamplesRoot, "*.html").Length >= 3,
            $"expected at least 3 sample pages in {SamplesRoot}");

    [Theory]
    [MemberData(nameof(Samples))]
    public void ExtractsExactlyTheStory(string name)
    {
        var expectedPath = Path.Combine(SamplesRoot, name + ".expected.txt");
        Assert.True(File.Exists(expectedPath), $"samples/{name}.html has no samples/{name}.expected.txt");

        // From bytes, so the page's declared charset is part of what is tested.
        var result = Extractor.Extract(File.ReadAllBytes(Path.Combine(SamplesRoot, name + ".html")));
        Assert.True(result.Status == ExtractionStatus.Ok, $"samples/{name}.html: status {result.Status}: {result.Reason}");

        var expected = File.ReadAllText(expectedPath);
        if (TextComparison.Difference(expected, result.Article!.Text, $"samples/{name}.expected.txt") is { } difference)
            Assert.Fail(difference);
    }
}
