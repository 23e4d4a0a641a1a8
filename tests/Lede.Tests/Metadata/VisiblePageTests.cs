using static Lede.Tests.Metadata.MetaPages;

namespace Lede.Tests.Metadata;

public sealed class VisiblePageTests
{
    [Fact]
    public void ReadsABylineElementNearTheHeadline()
        => Assert.Equal(["Jane Doe", "John Roe"], Read(Page(header: "<div class=\"article__byline\">By <a href=\"/jane\">Jane Doe</a> and <a href=\"/john\">John Roe</a>, Staff Writers</div>")).Authors);

    [Fact]
    public void ReadsAuthorElementsSideBySide()
        => Assert.Equal(["Jane Doe", "John Roe"], Read(Page(header: "<p><span class=\"author-name\">Jane Doe</span> and <span class=\"author-name\">John Roe</span></p>")).Authors);

    [Fact]
    public void ReadsAByLineWithoutAClass()
        => Assert.Equal(["Jane Doe"], Read(Page(header: "<p>By <strong>Jane Doe</strong></p>")).Authors);

    [Fact]
    public void ReadsRelAuthorLinks()
        => Assert.Equal(["Jane Doe"], Read(Page(header: "<p><a rel=\"author\" href=\"/people/jane\">Jane Doe</a></p>")).Authors);

    [Fact]
    public void ReadsALinkToAnAuthorsPage()
        => Assert.Equal(["Michael Pettis"], Read(Page(header: "<div class=\"meta\"><ul><li><a href=\"/markets/experts/444\">Michael Pettis</a></li></ul></div>")).Authors);

    [Fact]
    public void ReadsAShortByLineInLowerCase()
        => Assert.Equal(["Nicolas Schlippe"], Read(Page(header: "<p>Datum: 22.12.2012</p><p>von Nicolas Schlippe</p>", htmlAttributes: "lang=\"de\"")).Authors);

    [Fact]
    public void IgnoresBylinesOfRelatedStories()
    {
        var related = "<aside class=\"related-stories\"><ul><li><a href=\"/a\">Another story</a> <span class=\"byline\">By John Roe</span></li></ul></aside>";
        Assert.Empty(Read(Page(body: Story + related)).Authors);
    }

    [Fact]
    public void ReadsATimeElementUnderTheHeadline()
        => Assert.Equal("2019-04-12T10:30:00+02:00", Read(Page(header: "<time datetime=\"2019-04-12T10:30:00+02:00\">vor 3 Tagen</time>")).Published!.ToString());

    [Fact]
    public void ReadsTheShownDateOfATimeElement()
        => Assert.Equal(new DateOnly(2019, 4, 12), Read(Page(header: "<time datetime=\"2019-04-13T01:30:00Z\">April 12, 2019 9:30 pm EDT</time>")).Published!.Date);

    [Theory]
    [InlineData("<p class=\"dateline\">12. April 2019</p>")]
    [InlineData("<div class=\"meta\"><span class=\"date\">12 avril 2019</span></div>")]
    [InlineData("<p>Publicado el 12 de abril de 2019</p>")]
    public void ReadsAVisibleDateline(string header)
        => Assert.Equal(new DateOnly(2019, 4, 12), Read(Page(header: header)).Published!.Date);

    [Fact]
    public void ReadsADatelineOverTheHeadline()
    {
        var html = Page().Replace("<header><h1>", "<header><p>Von Hans Müller | publiziert am 25. September 2018</p><h1>", StringComparison.Ordinal);
        var article = Read(html);
        Assert.Equal("2018-09-25", article.Published!.ToString());
        Assert.Equal(["Hans Müller"], article.Authors);
    }

    [Fact]
    public void DoesNotGuessRelativeDates()
        => Assert.Null(Read(Page(header: "<p class=\"date\">2 hours ago</p>")).Published);

    [Fact]
    public void NeverTakesTheFootersCopyrightYear()
        => Assert.Null(Read(Page(footer: "<p class=\"date\">Copyright 2019</p>")).Published);

    [Fact]
    public void ReadsTheDateInTheUrlLast()
    {
        var result = Explain(Page(), "https://www.example.com/2019/04/12/council-expands-bus-network/");
        Assert.Equal("2019-04-12", result.Article!.Published!.ToString());
        Assert.Contains(result.Trace, t => t.What == "published: 2019-04-12" && t.Why == "the URL path");
    }

    [Fact]
    public void RefusesAVisibleDateAfterThePagesOwnDates()
    {
        // An event announced in the story is no publication date: it lies after the page's declared modification.
        var article = Read(Page(head: "<meta property=\"article:modified_time\" content=\"2019-04-12T10:00:00Z\">",
            header: "<p class=\"date\">June 30, 2019</p>"), "https://www.example.com/2019/04/11/council/");
        Assert.Equal("2019-04-11", article.Published!.ToString());
    }

    [Fact]
    public void PrefersTheDayThePageShowsWhenATimestampFallsADayOff()
    {
        var article = Read(Page(head: "<meta property=\"article:published_time\" content=\"2019-11-20T02:15:49+00:00\">",
            header: "<span class=\"date\">Nov 19, 2019, 8:15 pm CST</span>"));
        Assert.Equal(new DateOnly(2019, 11, 19), article.Published!.Date);
    }

    [Fact]
    public void ReadsAStandfirstUnderTheHeadline()
    {
        var article = Read(Page(header: "<p class=\"article-standfirst\">Four new routes will serve the eastern suburbs from next spring.</p>"));
        Assert.Equal("Four new routes will serve the eastern suburbs from next spring.", article.Standfirst);
    }

    [Fact]
    public void TheDescriptionShownUnderTheHeadlineIsTheStandfirst()
    {
        const string dek = "Four new routes will serve the eastern suburbs from next spring.";
        var article = Read(Page(head: $"<meta name=\"description\" content=\"{dek}\">", header: $"<h2>{dek}</h2>"));
        Assert.Equal(dek, article.Standfirst);
        Assert.Equal(dek, article.Description);
    }

    [Fact]
    public void TheFirstBodyParagraphIsNoStandfirst()
    {
        var first = "The city council voted on Tuesday to expand the bus network, adding four new routes that will serve the eastern suburbs from next spring.";
        var article = Read(Page(head: $"<meta name=\"description\" content=\"{first}\">"));
        Assert.Null(article.Standfirst);
    }
}
