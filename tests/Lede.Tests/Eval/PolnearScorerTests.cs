using Lede.Cli.Eval;
using Lede.Quotes;

namespace Lede.Tests.Eval;

/// <summary>The PolNeAR evaluator: reading gold quotations from brat standoff, matching spans, judging attribution.</summary>
public sealed class PolnearScorerTests
{
    [Fact]
    public void MatchesWhenTheOverlapIsAtLeastHalfTheLongerSpan()
    {
        var gold = new List<TextSpan> { new(0, 10), new(20, 10), new(40, 10) };
        var found = new List<TextSpan> { new(0, 10), new(25, 12), new(44, 20) };

        var pairs = PolnearScorer.Match(gold, found);

        // (20,10) and (25,12) share 5 of 12: under half. (40,10) and (44,20) share 6 of 20: under half.
        Assert.Equal([(0, 0)], pairs);
    }

    [Fact]
    public void MatchesOneToOneLargestOverlapFirst()
    {
        var pairs = PolnearScorer.Match([new(0, 10)], [new(1, 9), new(0, 10)]);

        Assert.Equal([(0, 1)], pairs);
    }

    [Fact]
    public void GoldQuotationsAreTheQuotedPartsOfContents()
    {
        const string text = "The Post reports that her team wanted to “keep the details under wraps.” Nothing else.";
        int content = text.IndexOf("that", StringComparison.Ordinal);
        int end = text.IndexOf(" Nothing", StringComparison.Ordinal);
        string[] ann =
        [
            $"T1\tSource 0 8\tThe Post",
            $"T2\tCue 9 16\treports",
            $"T3\tContent {content} {end}\t…",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        ];

        var gold = Assert.Single(PolnearGold.Read(text, ann));

        Assert.Equal("keep the details under wraps.", text.Substring(gold.Span.Start, gold.Span.Length));
        Assert.Equal(new TextSpan(0, 8), Assert.Single(gold.Source));
    }

    [Fact]
    public void ContentWithoutQuotationMarksGivesNoGold()
    {
        const string text = "Officials said the road would reopen.";
        string[] ann = ["T1\tSource 0 9\tOfficials", "T2\tContent 15 37\t…", "E1\tAttribution:T1 Content:T2 Source:T1"];

        Assert.Empty(PolnearGold.Read(text, ann));
    }

    [Fact]
    public void TheInnermostAttributionGivesTheSource()
    {
        const string text = "The paper said Smith told aides “we will win.”";
        int quote = text.IndexOf('“');
        string[] ann =
        [
            "T1\tSource 0 9\tThe paper",
            "T2\tContent 15 46\t…",
            "T3\tSource 15 20\tSmith",
            $"T4\tContent {quote} 46\t…",
            "E1\tAttribution:T1 Content:T2 Source:T1",
            "E2\tAttribution:T3 Content:T4 Source:T3",
        ];

        var gold = Assert.Single(PolnearGold.Read(text, ann));

        Assert.Equal(new TextSpan(15, 5), Assert.Single(gold.Source));
    }

    [Fact]
    public void AttributionCountsAPronounResolvedToTheSpeaker()
    {
        const string text = "Ana Ruiz spoke first. “We will rebuild,” Ruiz said. She added later that “the town will be fine.”";
        var found = QuoteStage.Analyze(text);
        var analysis = new ScoredQuotes(found.Quotations, found.People);
        var second = analysis.Quotations[1];
        int she = text.IndexOf("She", StringComparison.Ordinal);
        var gold = new GoldQuote(second.Span, [new TextSpan(she, 3)]);
        var elsewhere = new GoldQuote(second.Span, [new TextSpan(0, 3)]);

        Assert.True(PolnearScorer.IsAttributedRight(gold, second, analysis));
        Assert.True(PolnearScorer.IsAttributedRight(elsewhere, second, analysis)); // "Ana" is part of her name's mention
        Assert.False(PolnearScorer.IsAttributedRight(new GoldQuote(second.Span, [new TextSpan(text.IndexOf("spoke", StringComparison.Ordinal), 5)]), second, analysis));
    }
}
