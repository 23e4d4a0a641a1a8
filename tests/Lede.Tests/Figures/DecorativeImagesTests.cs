using Lede.Figures;
using Lede.Html;

namespace Lede.Tests.Figures;

public sealed class DecorativeImagesTests
{
    private static string? WhyDecorative(string html)
    {
        var page = TestPages.Parse("<body>" + html + "</body>");
        int img = TestPages.First(page, KnownNames.Img);
        var src = ImageSource.Find(page, img) ?? page.Attribute(img, "src") ?? "";
        return DecorativeImages.WhyDecorative(page, img, src, DecorativeImages.ReadPixels(page.Attribute(img, "width")), DecorativeImages.ReadPixels(page.Attribute(img, "height")));
    }

    [Theory]
    [InlineData("<img src='https://stats.example/p.gif?id=1' width='1' height='1'>")]
    [InlineData("<img src='/t.gif' width='1'>")]
    [InlineData("<img src='/images/spacer.gif'>")]
    [InlineData("<img src='/img/1x1.png'>")]
    [InlineData("<img src='/share/facebook.png' width='32' height='32'>")]
    [InlineData("<img src='/u/42.jpg' class='avatar avatar-96 photo'>")]
    [InlineData("<img src='/brand.png' class='site-logo'>")]
    [InlineData("<img src='/a.png' class='wp-smiley'>")]
    [InlineData("<img src='https://secure.gravatar.com/avatar/abc?s=96'>")]
    [InlineData("<span class='author-image'><img src='/staff/jane.jpg'></span>")]
    [InlineData("<img src='/uploads/jane-doe-115x115.jpg'>")]
    [InlineData("<img src='/ads/summer.jpg' width='728' height='90'>")]
    [InlineData("<img src='/uploads/PonderosaHomes_Banner_Ad.jpg'>")]
    [InlineData("<img src='/uploads/pin-it-later.jpg' width='500' height='47'>")]
    public void LeavesOutWhatIsNotAPictureOfTheStory(string html) => Assert.NotNull(WhyDecorative(html));

    [Theory]
    [InlineData("<img src='/uploads/2019/11/storm-over-hull.jpg' width='720' height='480'>")]
    [InlineData("<img src='/uploads/2019/11/storm-over-hull-1024x683.jpg'>")]
    [InlineData("<img src='/photo.jpg' class='aligncenter size-large wp-image-718578'>")]
    [InlineData("<img src='/catalogue/cover.jpg' class='catalogue-cover'>")]
    [InlineData("<img src='/portrait.jpg' width='100%'>")]
    public void KeepsPictures(string html) => Assert.Null(WhyDecorative(html));

    [Theory]
    [InlineData("720", 720)]
    [InlineData("720px", 720)]
    [InlineData(" 480.5 ", 480)]
    [InlineData("100%", null)]
    [InlineData("auto", null)]
    [InlineData(null, null)]
    public void ReadsSizeAttributes(string? value, int? expected) => Assert.Equal(expected, DecorativeImages.ReadPixels(value));
}
