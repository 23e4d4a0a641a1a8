using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

public sealed class MetadataScorerTests
{
    private static GoldPage Gold(
        string title = "Sweden drops rape investigation",
        string[]? authors = null,
        DateOnly? published = null,
        string? siteName = "BBC News",
        string language = "en")
        => new("id", "https://example.com/a", title, authors ?? [], null, published, siteName, language, null);

    private static PredictedMetadata Got(
        string? title = "Sweden drops rape investigation",
        string[]? authors = null,
        DateOnly? published = null,
        string? siteName = "BBC News",
        string? language = "en")
        => new(title, authors ?? [], published, siteName, language);

    [Fact]
    public void AnIdenticalPredictionHasNoMisses()
    {
        var day = new DateOnly(2019, 11, 19);
        var score = MetadataScorer.ScorePage(Gold(authors: ["Ana Swanson"], published: day), Got(authors: ["Ana Swanson"], published: day));

        Assert.Empty(score.Misses);
        Assert.True(score.TitleLooselyRight);
    }

    [Theory]
    [InlineData("Sweden  drops\nrape investigation ", true)]
    [InlineData("Sweden\u00A0drops rape\u200B investigation", true)]
    [InlineData("Sweden drops rape investigation - BBC News", false)]
    [InlineData("sweden drops rape investigation", false)]
    public void TitlesMatchExactlyAfterWhitespaceNormalisation(string got, bool right)
    {
        var score = MetadataScorer.ScorePage(Gold(), Got(title: got));

        Assert.Equal(right, score.IsRight(MetadataField.Title));
    }

    [Fact]
    public void TheLooseTitleFigureIgnoresCaseAndPunctuationButTheExactOneDoesNot()
    {
        var score = MetadataScorer.ScorePage(Gold(title: "Business Focus: It’s Why Some People Triumph"), Got(title: "business focus - it's why some people triumph"));

        var miss = Assert.Single(score.Misses);
        Assert.Equal(MetadataField.Title, miss.Field);
        Assert.True(score.TitleLooselyRight);
    }

    [Fact]
    public void AMissingTitleIsWrong()
    {
        Assert.False(MetadataScorer.TitleMatches("Anything", null));
        Assert.False(MetadataScorer.TitleLooselyMatches("Anything", null));
    }

    [Fact]
    public void AuthorsAreASetOfNamesWhitespaceAndCaseAside()
    {
        string[] gold = ["Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"];

        Assert.True(MetadataScorer.AuthorsMatch(gold, ["ERIC TUCKER", "lisa  mascaro", "Mary Clare Jalonick"]));
        Assert.False(MetadataScorer.AuthorsMatch(gold, ["Lisa Mascaro", "Eric Tucker"]));
        Assert.False(MetadataScorer.AuthorsMatch(gold, ["Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker", "Associated Press"]));
        Assert.False(MetadataScorer.AuthorsMatch(["Chris Cillizza"], ["Analysis by Chris Cillizza, CNN Editor-at-large"]));
    }

    [Fact]
    public void NoAuthorsMatchesNoAuthorsButNotAnOrganisation()
    {
        Assert.True(MetadataScorer.ScorePage(Gold(), Got()).IsRight(MetadataField.Authors));
        Assert.False(MetadataScorer.ScorePage(Gold(), Got(authors: ["BBC News"])).IsRight(MetadataField.Authors));
    }

    [Fact]
    public void PublishedIsTheSameCalendarDayOrBothAbsent()
    {
        var day = new DateOnly(2019, 11, 18);

        Assert.True(MetadataScorer.ScorePage(Gold(published: day), Got(published: day)).IsRight(MetadataField.Published));
        Assert.True(MetadataScorer.ScorePage(Gold(published: null), Got(published: null)).IsRight(MetadataField.Published));
        Assert.False(MetadataScorer.ScorePage(Gold(published: day), Got(published: day.AddDays(1))).IsRight(MetadataField.Published));
        Assert.False(MetadataScorer.ScorePage(Gold(published: day), Got(published: null)).IsRight(MetadataField.Published));
        Assert.False(MetadataScorer.ScorePage(Gold(published: null), Got(published: day)).IsRight(MetadataField.Published));
    }

    [Fact]
    public void ThePredictedDayIsTheArticleDatesOwnDayNotTheUtcDay()
    {
        // 7:04 pm in New York on the 18th is already the 19th in UTC; the page shows the 18th.
        var article = new Article { Published = new ArticleDate(new DateOnly(2019, 11, 18), new TimeOnly(19, 4), TimeSpan.FromHours(-5)) };

        Assert.Equal(new DateOnly(2019, 11, 18), PredictedMetadata.From(article).Published);
    }

    [Theory]
    [InlineData("The Guardian", "the  Guardian", true)]
    [InlineData("Wired", "WIRED", true)]
    [InlineData("TheHill", "The Hill", false)]
    [InlineData("Reuters", "U.S.", false)]
    [InlineData("Reuters", null, false)]
    [InlineData(null, null, true)]
    [InlineData(null, "Example", false)]
    public void SiteNamesMatchIgnoringCase(string? gold, string? got, bool right)
    {
        Assert.Equal(right, MetadataScorer.NamesMatch(gold, got));
    }

    [Theory]
    [InlineData("en", "en-US", true)]
    [InlineData("pt", "pt_BR", true)]
    [InlineData("de", "DE", true)]
    [InlineData("de", "en", false)]
    [InlineData("en", "eng", false)]
    [InlineData("en", null, false)]
    public void LanguagesMatchOnThePrimarySubtag(string gold, string? got, bool right)
    {
        Assert.Equal(right, MetadataScorer.LanguagesMatch(gold, got));
    }

    [Fact]
    public void AMissRecordsBothValuesAsText()
    {
        var score = MetadataScorer.ScorePage(
            Gold(authors: ["Tom Gillespie"], published: new DateOnly(2019, 11, 20)),
            Got(authors: [], published: new DateOnly(2019, 11, 19), siteName: null, language: "en-GB"));

        Assert.Equal(
            [
                new MetadataMiss(MetadataField.Authors, "Tom Gillespie", "-"),
                new MetadataMiss(MetadataField.Published, "2019-11-20", "2019-11-19"),
                new MetadataMiss(MetadataField.SiteName, "BBC News", "-"),
            ],
            score.Misses);
    }

    [Fact]
    public void NoArticleMissesEveryFieldTheGoldFills()
    {
        var score = MetadataScorer.ScorePage(Gold(authors: ["A Person"], published: new DateOnly(2020, 1, 1)), PredictedMetadata.From(null));

        Assert.Equal(Enum.GetValues<MetadataField>(), score.Misses.Select(miss => miss.Field));
    }

    [Fact]
    public void TotalsCountEachFieldOverAllPages()
    {
        var totals = MetadataScorer.Score(
        [
            (Gold(), Got()),
            (Gold(), Got(title: "Another headline", language: "sv")),
            (Gold(), Got(language: "en-GB")),
            (Gold(), Got(siteName: "BBC")),
        ]);

        Assert.Equal(0.75, totals.Accuracy(MetadataField.Title));
        Assert.Equal(1.0, totals.Accuracy(MetadataField.Authors));
        Assert.Equal(0.75, totals.Accuracy(MetadataField.Language));
        Assert.Equal(0.75, totals.Accuracy(MetadataField.SiteName));
        Assert.Equal(3, totals.TitleLooselyRight);
    }

    [Fact]
    public void NoPagesIsZeroNotNaN()
    {
        Assert.Equal(0, MetadataScorer.Score([]).Accuracy(MetadataField.Title));
    }
}
