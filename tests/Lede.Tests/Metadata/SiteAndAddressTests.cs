using Lede.Figures;
using Lede.Metadata;
using static Lede.Tests.Metadata.MetaPages;
using Lede.Pages;

namespace Lede.Tests.Metadata;

/// <summary>The site's name without its tagline, and the metadata's addresses resolved as the body's are.</summary>
public sealed class SiteAndAddressTests
{
    [Theory]
    [InlineData("LinkNaija | Nigeria's popular news platform", "LinkNaija")]
    [InlineData("Autoracing | F1 | Indy | MotoGP", "Autoracing")]
    [InlineData("Remember 80/90 - Memorabilia anni 80/90", "Remember 80/90")]
    [InlineData("The Spokesman-Review", "The Spokesman-Review")]
    [InlineData("24 | News", "24 | News")]
    [InlineData("Metro Daily", "Metro Daily")]
    public void ASiteNameLosesItsTagline(string declared, string expected) => Assert.Equal(expected, SiteNames.Clean(declared));

    [Fact]
    public void TheSiteNameOfAPageIsCleaned()
        => Assert.Equal("Metro Daily", Read(Page(head: "<meta property=\"og:site_name\" content=\"Metro Daily – News for the valley\">")).SiteName);

    [Fact]
    public void MetadataAddressesFollowTheBaseHref()
    {
        var head = "<base href=\"https://cdn.example.org/site/\"><meta property=\"og:image\" content=\"img/lead.jpg\">"
                   + "<link rel=\"canonical\" href=\"/news/story\"><link rel=\"license\" href=\"licence.html\">";
        var article = Read(Page(head: head), "https://www.example.com/news/story?ref=home");
        Assert.Equal("https://cdn.example.org/site/img/lead.jpg", article.MainImage);
        Assert.Equal("https://cdn.example.org/news/story", article.CanonicalUrl);
        Assert.Equal("https://cdn.example.org/site/licence.html", article.License);
    }

    [Theory]
    [InlineData("https://www.example.com/a/", "b.jpg", "https://www.example.com/a/b.jpg")]
    [InlineData("https://www.example.com/a/", "/b.jpg", "https://www.example.com/b.jpg")]
    [InlineData("https://www.example.com/a/", "//cdn.example.com/b.jpg", "https://cdn.example.com/b.jpg")]
    [InlineData(null, "https://cdn.example.com/b.jpg", "https://cdn.example.com/b.jpg")]
    [InlineData(null, "/b.jpg", null)]
    [InlineData("https://www.example.com/", "javascript:void(0)", null)]
    [InlineData("https://www.example.com/", "data:image/png;base64,AAAA", null)]
    [InlineData("https://www.example.com/", "   ", null)]
    public void AbsoluteGivesOnlyWebAddresses(string? page, string address, string? expected)
    {
        var document = TestPages.Parse("<html><head></head><body></body></html>");
        Assert.Equal(expected, UrlResolver.For(document, page).Absolute(address));
    }
}
