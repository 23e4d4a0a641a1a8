using Lede.Figures;
using Lede.Html;
using Lede.Pages;

namespace Lede.Tests.Figures;

public sealed class ImageSourceTests
{
    private static string? Source(string html)
    {
        var page = TestPages.Parse("<body>" + html + "</body>");
        return ImageSource.Find(page, TestPages.First(page, KnownNames.Img));
    }

    [Theory]
    [InlineData("<img src='/real.jpg'>", "/real.jpg")]
    [InlineData("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-src='/lazy.jpg'>", "/lazy.jpg")]
    [InlineData("<img src='/spacer.gif' data-lazy-src='/lazy.jpg'>", "/lazy.jpg")]
    [InlineData("<img src='/img/blank.png' data-original='/original.jpg'>", "/original.jpg")]
    [InlineData("<img data-src='/only-lazy.jpg'>", "/only-lazy.jpg")]
    [InlineData("<img src='/small.jpg' srcset='/small.jpg 400w, /large.jpg 1600w'>", "/large.jpg")]
    [InlineData("<img src='/placeholder.svg' data-srcset='/a-600.jpg 600w, /a-1200.jpg 1200w'>", "/a-1200.jpg")]
    [InlineData("<img src='/a.jpg' srcset='/a.jpg 1x'>", "/a.jpg")]
    public void FindsTheRealAddress(string html, string expected) => Assert.Equal(expected, Source(html));

    [Fact]
    public void ReadsThePicturesSources()
    {
        var html = "<picture><source type='image/webp' srcset='/a-800.webp 800w, /a-1600.webp 1600w'>"
            + "<source srcset='/a-1200.jpg 1200w'><img src='/a-400.jpg'></picture>";

        Assert.Equal("/a-1600.webp", Source(html));
    }

    [Fact]
    public void FallsBackToTheCopyInNoscript()
    {
        Assert.Equal("/real.jpg", Source("<img src='data:image/png;base64,iVBORw0KGgo=' class='lazy'><noscript><img src='/real.jpg'></noscript>"));
    }

    [Fact]
    public void ScriptSettingsInALazyAttributeAreNotAnAddress()
    {
        Assert.Equal("/fallback.jpg", Source("<img data-src='{\"default\":{\"src\":\"//img.example/a.jpg\"}}' src='/fallback.jpg'>"));
    }

    [Fact]
    public void AnImageWithOnlyAPlaceholderHasNoAddress()
    {
        Assert.Null(Source("<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='>"));
        Assert.Null(Source("<img src=''>"));
    }

    [Fact]
    public void AddressesResolveAgainstThePageUrlAndBase()
    {
        var page = TestPages.Parse("<html><head></head><body></body></html>");
        var withBase = TestPages.Parse("<html><head><base href='/static/'></head><body></body></html>");

        Assert.Equal("https://news.example/img/a.jpg", UrlResolver.For(page, "https://news.example/story/1").Resolve("/img/a.jpg"));
        Assert.Equal("https://news.example/story/a.jpg", UrlResolver.For(page, "https://news.example/story/1").Resolve("a.jpg"));
        Assert.Equal("https://cdn.example/a.jpg", UrlResolver.For(page, "https://news.example/story/1").Resolve("//cdn.example/a.jpg"));
        Assert.Equal("https://news.example/static/a.jpg", UrlResolver.For(withBase, "https://news.example/story/1").Resolve("a.jpg"));
        Assert.Equal("/img/a.jpg", UrlResolver.For(page, null).Resolve("/img/a.jpg"));
    }
}
