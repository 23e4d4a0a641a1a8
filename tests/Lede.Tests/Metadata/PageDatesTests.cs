using Lede.Metadata;
using static Lede.Tests.Metadata.MetaPages;

namespace Lede.Tests.Metadata;

/// <summary>
/// The last sources of a publication date, for pages that give no structured date: the page's own address, and the
/// dates it shows anywhere but its asides (PageDates); and the repairs that let the structured data speak.
/// </summary>
public sealed class PageDatesTests
{
    private static string NoHeadline(string body) =>
        $"<html lang=\"de\"><head><title>Blog</title></head><body><nav>Start · Archiv</nav>{body}<footer>© 2019 Beispiel · Impressum 01.01.2019</footer></body></html>";

    [Fact]
    public void AnArticlesOwnFooterDatesIt()
    {
        var html = NoHeadline("<article><p>" + Story + "</p><footer class=\"postmetadata\">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:12 Uhr veröffentlicht und unter Netzpolitik abgelegt.</footer></article>");

        Assert.Equal(new DateOnly(2011, 12, 3), Read(html).Published!.Date);
    }

    [Fact]
    public void APostsMetadataBoxDatesItWithoutAnArticleElement()
    {
        var html = NoHeadline("<div class=\"post\"><p>" + Story + "</p><div class=\"post-footer\">Geschrieben am 14. Dezember 2015 um 14:48 von Heiner</div></div>"
            + "<div class=\"comments\"><p>15. Dezember 2015 at 11:21</p><p>Toller Artikel!</p></div>");

        Assert.Equal(new DateOnly(2015, 12, 14), Read(html).Published!.Date);
    }

    [Fact]
    public void TheFootersAndTheSidebarsDatesAreNotTheArticles()
    {
        var html = NoHeadline("<div class=\"sidebar\"><p>Neu: 06.10.2017</p></div><p>" + Story + "</p><p>06.05.2018</p>");

        Assert.Equal(new DateOnly(2018, 5, 6), Read(html).Published!.Date);
    }

    [Fact]
    public void ADateAloneOnItsLineBeatsOneInTheText()
    {
        var html = NoHeadline("<p>Am 6. September 2017 begann die Saison mit einem Turnier in der Halle, und viele Vereine kamen.</p><p>29. Januar 2019</p><p>" + Story + "</p>");

        Assert.Equal(new DateOnly(2019, 1, 29), Read(html).Published!.Date);
    }

    [Fact]
    public void APageWithoutADateHasNone() => Assert.Null(Read(NoHeadline("<p>" + Story + "</p>")).Published);

    [Fact]
    public void ThePagesOwnAddressGivesTheDayWhenNoUrlIsPassed()
    {
        var html = Page(head: "<meta property=\"og:url\" content=\"https://news.example/deportes/2020/08/24/670291/congresos.aspx\">");

        var result = Explain(html);

        Assert.Equal(new DateOnly(2020, 8, 24), result.Article!.Published!.Date);
        Assert.Contains(result.Trace, t => t.What.StartsWith("published:") && t.Why.StartsWith("the page's own address"));
    }

    [Fact]
    public void AJsonLdScriptWithDebrisAfterItsValueIsRead()
    {
        var html = Page(head: JsonLd("{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Storm\",\"datePublished\":\"2020-10-26T18:10:00+01:00\"}\n}"));

        Assert.Equal(new DateOnly(2020, 10, 26), Read(html).Published!.Date);
    }

    [Fact]
    public void ASecondJsonLdNodeGivesTheLocalTimeOfTheFirstsUtc()
    {
        var html = Page(head: JsonLd("[{\"@type\":\"NewsArticle\",\"headline\":\"Storm\",\"datePublished\":\"2023-11-09T01:09:55Z\"},{\"@type\":\"WebPage\",\"datePublished\":\"2023-11-08 18:09:55\"}]"));

        var published = Read(html).Published!;

        Assert.Equal(new DateOnly(2023, 11, 8), published.Date);
        Assert.Equal(TimeSpan.FromHours(-7), published.Offset);
    }
}
