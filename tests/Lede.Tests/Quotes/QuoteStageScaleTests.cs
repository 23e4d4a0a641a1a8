using System.Diagnostics;
using Lede.Quotes;

namespace Lede.Tests.Quotes;

/// <summary>The stage stays linear on hostile text: one huge word, many quotations, many names.</summary>
[Collection(TimedTests.Name)]
public sealed class QuoteStageScaleTests
{
    [Fact]
    public void AMillionCharacterWordIsCheap()
    {
        var text = "Before the siblings, the story opens.\n\n" + new string('s', 1_000_000) + "\n\nAfter the siblings, it ends.";
        var watch = Stopwatch.StartNew();

        var analysis = QuoteStage.Analyze(text);

        Assert.Empty(analysis.Quotations);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void TimeGrowsLinearlyWithTheNumberOfQuotations()
    {
        QuoteStage.Analyze(Quotations(1_000)); // warm up
        // The quickest of three runs of each: a run the machine disturbed is slower, never quicker.
        var small = Quickest(Quotations(5_000), 5_000);
        var large = Quickest(Quotations(20_000), 20_000);

        // Four times the text: about four times the time when linear, sixteen when quadratic.
        Assert.True(large < small * 8, $"5,000 quotations took {small.TotalMilliseconds:0} ms, 20,000 took {large.TotalMilliseconds:0} ms");
    }

    private static string Quotations(int n) =>
        string.Concat(Enumerable.Range(0, n).Select(i => $"“Line number {i} is here,” Speaker{i % 50} Smith said. "));

    private static TimeSpan Quickest(string text, int expected)
        => Enumerable.Range(0, 3).Select(_ => Time(text, expected)).Min();

    private static TimeSpan Time(string text, int expected)
    {
        var watch = Stopwatch.StartNew();
        var analysis = QuoteStage.Analyze(text);
        var elapsed = watch.Elapsed;
        Assert.Equal(expected, analysis.Quotations.Count);
        return elapsed;
    }
}
