using Lede.Tests.Content;

namespace Lede.Tests.Figures;

public sealed class RelatedLinksTests
{
    private const string PageUrl = "https://metro.example/news/buses";

    private static Article Extract(string body, string? aside = null, ExtractionOptions? options = null)
    {
        var result = Extractor.Extract(StoryPages.Page(body, aside), PageUrl, options);
        Assert.True(result.IsOk, result.Reason);
        return result.Article!;
    }

    [Fact]
    public void InlinePromosBecomeInlineRelatedLinks()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[..2])
            + "<p><strong>Related:</strong> <a href='/news/tram-plans'>City drops tram plans after cost review</a></p>"
            + StoryPages.Paragraphs(StoryPages.Story[2..3])
            + "<p>Lire aussi : <a href='https://metro.example/fr/bus'>Le réseau de bus s'agrandit</a></p>"
            + StoryPages.Paragraphs(StoryPages.Story[3..]);
        var article = Extract(body);

        Assert.Equal(
        [
            new RelatedLink("City drops tram plans after cost review", "https://metro.example/news/tram-plans", RelatedPlacement.Inline),
            new RelatedLink("Le réseau de bus s'agrandit", "https://metro.example/fr/bus", RelatedPlacement.Inline),
        ], article.Related);
        Assert.Equal(string.Join("\n\n", StoryPages.Story), article.Text);
    }

    [Fact]
    public void ARelatedRailBesideTheStoryGivesRailLinks()
    {
        var rail = "<div class='related-posts'><h3>More from Metro</h3><ul>"
            + "<li><a href='/news/a'><img src='/t/a.jpg'><span>Night buses return to the city centre</span></a></li>"
            + "<li><a href='/news/b'>Fares frozen for another year, council confirms</a></li>"
            + "<li><a href='/news/b#comments'>Fares frozen for another year, council confirms</a></li>"
            + "<li><a href='https://twitter.com/intent/tweet?url=x'>Share this story on Twitter now</a></li>"
            + "<li><a href='/sport'>Sport</a></li></ul></div>";
        var article = Extract(StoryPages.Paragraphs(StoryPages.Story), rail);

        Assert.Equal(
        [
            new RelatedLink("Night buses return to the city centre", "https://metro.example/news/a", RelatedPlacement.Rail),
            new RelatedLink("Fares frozen for another year, council confirms", "https://metro.example/news/b", RelatedPlacement.Rail),
        ], article.Related);
    }

    [Fact]
    public void SiteWideListsAreNotRelated()
    {
        var article = Extract(StoryPages.Paragraphs(StoryPages.Story), StoryPages.Sidebar());

        Assert.Empty(article.Related);
    }

    [Fact]
    public void ATitledTeaserListInTheStoryLeavesTheBody()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story)
            + "<div class='heading-h3'>More Great Metro Stories</div><ul>"
            + "<li>Why the council <a href='/news/c'>changed its mind on trams</a></li>"
            + "<li>Cyclists ask <a href='/news/d'>for lanes on the ring road</a></li></ul>";
        var article = Extract(body);

        Assert.Equal(string.Join("\n\n", StoryPages.Story), article.Text);
        Assert.Equal(["https://metro.example/news/c", "https://metro.example/news/d"], article.Related.Select(r => r.Url));
        Assert.All(article.Related, r => Assert.Equal(RelatedPlacement.Inline, r.Placement));
    }

    [Fact]
    public void EachAddressOnce()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[..2])
            + "<p>Related: <a href='/news/tram-plans'>City drops tram plans after cost review</a></p>"
            + StoryPages.Paragraphs(StoryPages.Story[2..]);
        var rail = "<div class='recommended'><ul><li><a href='/news/tram-plans'>City drops tram plans after cost review</a></li>"
            + "<li><a href='/news/e'>New depot opens in the eastern suburbs</a></li></ul></div>";
        var article = Extract(body, rail);

        Assert.Equal([RelatedPlacement.Inline, RelatedPlacement.Rail], article.Related.Select(r => r.Placement));
        Assert.Equal(["https://metro.example/news/tram-plans", "https://metro.example/news/e"], article.Related.Select(r => r.Url));
    }

    [Fact]
    public void PromosKeptInTheBodyAreNotRelatedLinks()
    {
        // The Recall preset keeps labelled lines in the body; a link cannot be both story and promo.
        var body = StoryPages.Paragraphs(StoryPages.Story[..2])
            + "<p>Related: <a href='/news/tram-plans'>City drops tram plans after cost review</a></p>"
            + StoryPages.Paragraphs(StoryPages.Story[2..]);
        var article = Extract(body, options: new ExtractionOptions { Focus = Focus.Recall });

        Assert.Contains("City drops tram plans", article.Text);
        Assert.Empty(article.Related);
    }

    [Fact]
    public void APromoLineUnderAParagraphIsCapturedToo()
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[..3])
            + $"<p>{StoryPages.Story[3]}<br>Read more: <a href='/news/budget'>What the budget means for your commute</a></p>";
        var article = Extract(body);

        Assert.Equal(string.Join("\n\n", StoryPages.Story), article.Text);
        Assert.Equal(new RelatedLink("What the budget means for your commute", "https://metro.example/news/budget", RelatedPlacement.Inline), Assert.Single(article.Related));
    }
}
