namespace Lede.Tests.Figures;

/// <summary>samples/seed-article.html: its figures, their credits and its related links.</summary>
public sealed class SeedSampleTests
{
    private const string PageUrl = "https://journalpost.example/celebrity/alec-baldwin-hilaria-baldwin-open-up-about-miscarriage/";

    private static readonly Lazy<Article> Seed = new(() =>
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.html"));
        return Extractor.Extract(bytes, PageUrl).Article!;
    });

    [Fact]
    public void HasThreeFiguresCreditedWithoutTheLabel()
    {
        var figures = Seed.Value.Figures;

        Assert.Equal(
        [
            "https://journalpost.example/wp-content/uploads/2019/11/hilaria-baldwin-instagram-1.jpg",
            "https://journalpost.example/wp-content/uploads/2019/11/hilaria-baldwin-instagram-2.jpg",
            "https://journalpost.example/wp-content/uploads/2019/11/alec-hilaria-baldwin-gala.jpg",
        ], figures.Select(f => f.Src));
        Assert.All(figures, f => Assert.Equal("Instagram/ Hilaria Baldwin", f.Credit));
        Assert.All(figures, f => Assert.Null(f.Caption));
        Assert.Equal("Hilaria Baldwin holding her baby bump in a mirror selfie", figures[0].Alt);
        Assert.Equal((720, 900), (figures[1].Width, figures[1].Height));
        Assert.DoesNotContain("Image source", Seed.Value.Text);
        Assert.DoesNotContain("Instagram/", Seed.Value.Text);
    }

    [Fact]
    public void HasTheTwoInlinePromosAndTheMoreFromRail()
    {
        var related = Seed.Value.Related;

        Assert.Equal(
        [
            new RelatedLink("Alec Baldwin and Wife Hilaria Baldwin has Miscarriage at 4 Months",
                "https://journalpost.example/celebrity/alec-baldwin-wife-hilaria-baldwin-miscarriage-4-months/", RelatedPlacement.Inline),
            new RelatedLink("Hilaria Baldwin shares the news that she might be having a miscarriage",
                "https://journalpost.example/celebrity/hilaria-baldwin-shares-news-might-be-having-miscarriage/", RelatedPlacement.Inline),
        ], related.Where(r => r.Placement == RelatedPlacement.Inline));
        Assert.Equal(
        [
            "Hilaria Baldwin shares the yoga routine she swears by after every pregnancy",
            "The ten most memorable Alec Baldwin moments on Saturday Night Live, ranked",
            "Every look from the American Museum of Natural History Gala red carpet",
            "Why more celebrities are talking openly about pregnancy loss, and why it matters",
        ], related.Where(r => r.Placement == RelatedPlacement.Rail).Select(r => r.Title));
        Assert.DoesNotContain(related, r => r.Title.Contains("Grammy", StringComparison.Ordinal)); // "Trending Now" is site-wide
        Assert.DoesNotContain("Related:", Seed.Value.Text);
    }
}
