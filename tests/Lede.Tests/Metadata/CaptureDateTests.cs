using static Lede.Tests.Metadata.MetaPages;

namespace Lede.Tests.Metadata;

/// <summary>A date later than the capture (a WARC-Date) is not believed; the next source is tried.</summary>
public sealed class CaptureDateTests
{
    private static readonly DateTimeOffset Captured = new(2019, 4, 20, 12, 0, 0, TimeSpan.Zero);

    private static Article ReadCaptured(string html, DateTimeOffset? capturedAt = null, string? url = null)
        => Extractor.Extract(html, url, new ExtractionOptions { CapturedAt = capturedAt ?? Captured }).Article!;

    [Fact]
    public void DropsAJsonLdDateAfterTheCaptureAndFallsBackToTheMetaTag()
    {
        var head = JsonLd("""{"@type":"NewsArticle","headline":"Council expands bus network","datePublished":"2021-06-01T10:00:00Z"}""")
            + "<meta property=\"article:published_time\" content=\"2019-04-12T10:30:00+02:00\">";
        Assert.Equal("2021-06-01T10:00:00Z", Read(Page(head: head)).Published!.ToString());
        Assert.Equal("2019-04-12T10:30:00+02:00", ReadCaptured(Page(head: head)).Published!.ToString());
    }

    [Fact]
    public void DropsAVisibleDateAfterTheCapture()
    {
        var html = Page(header: "<p class=\"dateline\">12. Mai 2023</p>");
        Assert.Equal(new DateOnly(2023, 5, 12), Read(html).Published!.Date);
        Assert.Null(ReadCaptured(html).Published);
    }

    [Fact]
    public void KeepsADayOnlyDateThatIsAlreadyTodayInSomeTimeZone()
    {
        // Captured at 23:00 UTC on the 19th: in UTC+2 the page's "20 April" has begun.
        var html = Page(header: "<p class=\"dateline\">20. April 2019</p>");
        Assert.Equal(new DateOnly(2019, 4, 20), ReadCaptured(html, new DateTimeOffset(2019, 4, 19, 23, 0, 0, TimeSpan.Zero)).Published!.Date);
        Assert.Null(ReadCaptured(html, new DateTimeOffset(2019, 4, 18, 23, 0, 0, TimeSpan.Zero)).Published);
    }

    [Fact]
    public void DropsAModifiedDateAfterTheCapture()
    {
        var head = "<meta property=\"article:published_time\" content=\"2019-04-12T10:30:00Z\"><meta property=\"article:modified_time\" content=\"2020-01-01T00:00:00Z\">";
        var article = ReadCaptured(Page(head: head));
        Assert.Equal("2019-04-12T10:30:00Z", article.Published!.ToString());
        Assert.Null(article.Modified);
    }
}
