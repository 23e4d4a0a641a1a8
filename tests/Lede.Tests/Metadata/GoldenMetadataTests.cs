using Lede.Tests.Golden;

namespace Lede.Tests.Metadata;

/// <summary>
/// Metadata of five golden pages (tests/pages), checked against what each page shows a reader: the headline, the
/// byline, the date under the headline, the site's name and the language, read from the page by hand.
/// </summary>
public sealed class GoldenMetadataTests
{
    private static Article Read(string slug) => GoldenPage.Load(slug).Extract().Result.Article!;

    [Fact]
    public void BbcWorldEurope()
    {
        // Headline, "19 November 2019" under it, no byline, "BBC News" in <title>, <html lang="en">.
        var article = Read("bbc-world-europe");
        Assert.Equal("Julian Assange: Sweden drops rape investigation", article.Title);
        Assert.Empty(article.Authors);
        Assert.Equal(new DateOnly(2019, 11, 19), article.Published!.Date);
        Assert.Equal("BBC News", article.SiteName);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void MacRumorsKeyboard()
    {
        // "Monday November 18, 2019 7:45 am PST by Joe Rossignol" under the headline.
        var article = Read("macrumors-keyboard");
        Assert.Equal("13-Inch MacBook Pro With Scissor Keyboard Expected in First Half of 2020", article.Title);
        Assert.Equal(["Joe Rossignol"], article.Authors);
        Assert.Equal(new DateOnly(2019, 11, 18), article.Published!.Date);
        Assert.StartsWith("MacRumors", article.SiteName);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void SkyMourinho()
    {
        // "Tom Gillespie, News reporter, @TomGillespie1, Wednesday 20 November 2019 11:42, UK".
        var article = Read("sky-mourinho");
        Assert.Equal("Jose Mourinho agrees deal to replace Mauricio Pochettino as Tottenham manager", article.Title);
        Assert.Equal(["Tom Gillespie"], article.Authors);
        Assert.Equal(new DateOnly(2019, 11, 20), article.Published!.Date);
        Assert.Equal("Sky News", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal("The Portuguese boss had been out of work since being sacked by Manchester United in December 2018.", article.Standfirst);
    }

    [Fact]
    public void SlashGearAudi()
    {
        // "Chris Davies - Nov 19, 2019, 8:15 pm CST": the JSON-LD timestamp falls on the 20th, the page shows the 19th.
        var article = Read("slashgear-audi-etron");
        Assert.Equal("2020 Audi e-tron Sportback revealed as electric 4-door coupe", article.Title);
        Assert.Equal(["Chris Davies"], article.Authors);
        Assert.Equal(new DateOnly(2019, 11, 19), article.Published!.Date);
        Assert.Equal("SlashGear", article.SiteName);
        Assert.Equal("en-US", article.Language);
    }

    [Fact]
    public void TheSpaceReview()
    {
        // No meta tags, no structured data, no lang: "by Jeff Foust" and "Monday, November 18, 2019" under the headline.
        var article = Read("thespacereview-article");
        Assert.Equal("Seeking a bigger role for a big rocket", article.Title);
        Assert.Equal(["Jeff Foust"], article.Authors);
        Assert.Equal(new DateOnly(2019, 11, 18), article.Published!.Date);
        Assert.Equal("en", article.Language);
    }
}
