using Lede.Metadata;
using static Lede.Tests.Metadata.MetaPages;

namespace Lede.Tests.Metadata;

/// <summary>Which of the page's dates is the publication date: updates, created drafts, UTC against local time.</summary>
public sealed class DateChoiceTests
{
    [Theory]
    [InlineData("Updated Nov 19, 9:41 AM")]
    [InlineData("Last updated: 19/11/2019")]
    [InlineData("Aktualisiert am 19.11.2019")]
    [InlineData("Mis à jour le 19 novembre 2019")]
    [InlineData("Actualizado: 19 de noviembre de 2019")]
    [InlineData("Aggiornato il 19 novembre 2019")]
    [InlineData("Atualizado em 19 de novembro de 2019")]
    [InlineData("Bijgewerkt op 19 november 2019")]
    public void UpdateLinesAreRecognised(string line) => Assert.True(UpdateLabels.OpensWithUpdate(line));

    [Theory]
    [InlineData("Posted Nov 18, 8:19 PM")]
    [InlineData("Published 12 April 2019, updated 13 April 2019")]
    [InlineData("12:30 Updated")]
    [InlineData("")]
    public void OtherLinesAreNotUpdates(string line) => Assert.False(UpdateLabels.OpensWithUpdate(line));

    [Fact]
    public void AnUpdateDatelineIsNotThePublicationDate()
    {
        var header = "<div class=\"dateline\"><span class=\"dateline__updated\"><time datetime=\"2019-11-19T14:41:32Z\">Updated Nov 19, 9:41 AM</time></span>"
                     + "<span class=\"dateline__published\"><time datetime=\"2019-11-19T01:19:34Z\">Posted Nov 18, 8:19 PM</time></span></div>";
        Assert.Equal(new DateOnly(2019, 11, 18), Read(Page(header: header)).Published!.Date);
    }

    [Fact]
    public void AnUpdateLabelBeforeTheTimeElementCounts()
    {
        var header = "<p>Updated: <time>November 19, 2019</time></p><p>Published: <time>November 18, 2019</time></p>";
        Assert.Equal(new DateOnly(2019, 11, 18), Read(Page(header: header)).Published!.Date);
    }

    [Fact]
    public void AWordPressDateMarkedBothPublishedAndUpdatedIsRead()
    {
        var header = "<span class=\"posted-on\"><time class=\"entry-date published updated\" datetime=\"2019-04-12T10:30:00+02:00\">April 12, 2019</time></span>";
        Assert.Equal(new DateOnly(2019, 4, 12), Read(Page(header: header)).Published!.Date);
    }

    [Fact]
    public void AUtcTimestampTakesTheOffsetOfItsLocalTwin()
    {
        var head = JsonLd("""{"@type":"NewsArticle","headline":"Council expands bus network","datePublished":"2019-11-19T04:58:46Z"}""")
                   + "<meta name=\"sailthru.date\" content=\"2019-11-18 20:58:46\">";
        Assert.Equal("2019-11-18T20:58:46-08:00", Read(Page(head: head)).Published!.ToString());
    }

    [Fact]
    public void AShownTimeToTheMinuteIsATwin()
    {
        var head = JsonLd("""{"@type":"NewsArticle","headline":"Council expands bus network","datePublished":"2019-11-19T01:19:34.819Z"}""");
        var header = "<span class=\"dateline__published\"><time>Posted Nov 18, 2019, 8:19 PM</time></span>";
        Assert.Equal("2019-11-18T20:19:00-05:00", Read(Page(head: head, header: header)).Published!.ToString());
    }

    [Fact]
    public void ALocalTimeThatIsAnotherInstantIsNoTwin()
    {
        var head = JsonLd("""{"@type":"NewsArticle","headline":"Council expands bus network","datePublished":"2019-11-19T04:58:46Z"}""")
                   + "<meta name=\"sailthru.date\" content=\"2019-11-18 20:41:07\">";
        Assert.Equal("2019-11-19T04:58:46Z", Read(Page(head: head)).Published!.ToString());
    }

    [Fact]
    public void MicrodataDatePublishedWinsOverDateCreated()
    {
        var header = "<div itemscope itemtype=\"https://schema.org/NewsArticle\"><meta itemprop=\"dateCreated\" content=\"2018-09-25T20:52:55+03:00\">"
                     + "<meta itemprop=\"datePublished\" content=\"2018-09-24T16:45:00+03:00\"></div>";
        Assert.Equal(new DateOnly(2018, 9, 24), Read(Page(header: header)).Published!.Date);
    }

    [Fact]
    public void ADatelineLaidOutInBoxesIsReadAsOneLine()
    {
        var header = "<div class=\"date\"><div class=\"calendar-date\">November 20</div><div class=\"calendar-time\"><font>15:23</font><font>2019</font></div></div>";
        Assert.Equal(new DateOnly(2019, 11, 20), Read(Page(header: header)).Published!.Date);
    }
}
