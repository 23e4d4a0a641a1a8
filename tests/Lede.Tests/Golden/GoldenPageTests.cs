using Xunit.Abstractions;

namespace Lede.Tests.Golden;

/// <summary>
/// Real pages from the ScrapingHub benchmark (tests/pages): the extraction must match the blessed
/// expected.txt exactly (after whitespace normalisation), and must score at least the page's F1 floor
/// against the human ground truth. LEDE_BLESS=1 rewrites expected.txt instead of comparing.
/// </summary>
public sealed class GoldenPageTests(ITestOutputHelper output)
{
    public static TheoryData<string> Pages => new(GoldenPage.Slugs());

    [Fact]
    public void PagesAreCopiedToTheTestOutput()
        => Assert.True(GoldenPage.Slugs().Count() >= 12, "expected at least 12 golden pages under pages/ in the test output");

    [Theory]
    [MemberData(nameof(Pages))]
    public void TextMatchesBlessedExtraction(string slug)
    {
        var page = GoldenPage.Load(slug);
        var (result, text) = page.Extract();

        if (GoldenPage.BlessRequested)
        {
            output.WriteLine($"blessed {page.Bless(text)} ({result.Status}, {text.Length} chars)");
            return;
        }
        if (page.Expected is null)
        {
            output.WriteLine($"{slug}: no expected.txt yet; run with {GoldenPage.BlessVariable}=1 to bless the current extraction.");
            return;
        }
        if (TextComparison.Difference(page.Expected, text, $"pages/{slug}/expected.txt") is { } difference)
            Assert.Fail($"{difference}\n  status: {Describe(result)}\n  re-bless only on purpose: {GoldenPage.BlessVariable}=1 (see tests/pages/README.md)");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void MeetsItsF1Floor(string slug)
    {
        var page = GoldenPage.Load(slug);
        var (result, text) = page.Extract();
        var score = Lede.Cli.Eval.ShingleScorer.ScorePage(page.GroundTruth, text);
        output.WriteLine($"{slug}: P {score.Precision:0.000} R {score.Recall:0.000} F1 {score.F1:0.000} (floor {page.MinF1:0.000}, status {result.Status})");

        Assert.True(score.F1 >= page.MinF1,
            $"{slug}: shingle F1 {score.F1:0.000} (P {score.Precision:0.000}, R {score.Recall:0.000}) is below the floor minF1={page.MinF1:0.000} in pages/{slug}/meta.json " +
            $"(status {Describe(result)}, {text.Length} chars extracted, ground truth {page.GroundTruth.Length} chars)");
    }

    private static string Describe(ExtractionResult result)
        => result.Reason is null ? result.Status.ToString() : $"{result.Status}: {result.Reason}";
}
