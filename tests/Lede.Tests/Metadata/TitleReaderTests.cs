using Lede.Metadata;

namespace Lede.Tests.Metadata;

public sealed class TitleReaderTests
{
    [Theory]
    [InlineData("Snooze cruise: Study sees future for hibernating astronauts | CTV News", "Snooze cruise: Study sees future for hibernating astronauts")]
    [InlineData("Home Depot Stock Is Falling - Barron's", "Home Depot Stock Is Falling")]
    [InlineData("Politics | Mayor resigns after two years in office", "Mayor resigns after two years in office")]
    [InlineData("Mayor resigns - and the deputy takes over for now", "Mayor resigns - and the deputy takes over for now")]
    [InlineData("A plain headline", "A plain headline")]
    [InlineData("Site | A headline with many words in it", "A headline with many words in it")]
    public void StripsTheSiteName(string title, string expected) => Assert.Equal(expected, TitleReader.StripSite(title));

    [Fact]
    public void PrefersTheH1ThatTheTitleConfirms()
    {
        var html = "<html><head><title>Mayor resigns | Daily Planet</title></head><body><h1>Mayor resigns</h1>"
            + "<p>The mayor resigned on Tuesday after two years in office, citing health reasons and family.</p></body></html>";
        Assert.Equal("Mayor resigns", Extractor.Extract(html).Article!.Title);
    }

    [Fact]
    public void FallsBackToOgTitleWithoutSiteName()
    {
        var html = "<html><head><meta property='og:title' content='Rain expected all week - Weather Now'></head><body>"
            + "<p>Forecasters expect rain every day this week, with heavy showers on Thursday and Friday.</p></body></html>";
        Assert.Equal("Rain expected all week", Extractor.Extract(html).Article!.Title);
    }

    [Fact]
    public void ATitleThatIsOnlyTheSitesAddressGivesWayToTheFirstH2UnderALogo()
    {
        var html = "<html><head><title>carta.info</title></head><body><h1><a href=\"/\"><img src=\"logo.png\" alt=\"\"></a></h1>"
            + "<h2>Der neue Trend: Muss- statt Wunschkoalition</h2>" + MetaPages.Story + "</body></html>";

        Assert.Equal("Der neue Trend: Muss- statt Wunschkoalition", Extractor.Extract(html).Article!.Title);
    }

    [Theory]
    [InlineData("  Rock ’n’ Roll — “Live”…  ", "rock 'n' roll - \"live\"...")]
    [InlineData("Two\u00A0 spaces\tand  tabs", "two spaces and tabs")]
    [InlineData("", "")]
    public void MakesTitlesComparable(string text, string expected) => Assert.Equal(expected, TitleReader.Comparable(text));

    [Fact]
    public void MakesLongTitlesComparable()
        => Assert.Equal(string.Concat(Enumerable.Repeat("a... b ", 100)).Trim(), TitleReader.Comparable(string.Concat(Enumerable.Repeat("A… B  ", 100))));
}
