using Lede.Tests.Content;

namespace Lede.Tests.Figures;

/// <summary>Figures read end to end: from a page to the article's blocks, figures and text.</summary>
public sealed class FigureExtractionTests
{
    private const string PageUrl = "https://metro.example/news/buses";

    private static Article Extract(string figureHtml, string? after = null)
    {
        var body = StoryPages.Paragraphs(StoryPages.Story[..2]) + figureHtml + (after ?? "") + StoryPages.Paragraphs(StoryPages.Story[2..]);
        var result = Extractor.Extract(StoryPages.Page(body), PageUrl);
        Assert.True(result.IsOk, result.Reason);
        return result.Article!;
    }

    private static void AssertTextIsTheStory(Article article) => Assert.Equal(string.Join("\n\n", StoryPages.Story), article.Text);

    [Fact]
    public void ReadsAFigureWithItsCaptionCreditAndSize()
    {
        var article = Extract("<figure><img src='/img/bus.jpg' alt='A new bus' width='1200' height='800'>"
            + "<figcaption>The new buses at the depot. <span class='credit'>Photo: Jane Doe/Metro Daily</span></figcaption></figure>");

        var figure = Assert.Single(article.Figures);
        Assert.Equal(new Figure
        {
            Src = "https://metro.example/img/bus.jpg", Alt = "A new bus", Caption = "The new buses at the depot.",
            Credit = "Jane Doe/Metro Daily", Width = 1200, Height = 800,
        }, figure);
        Assert.Equal(figure, Assert.IsType<FigureBlock>(article.Blocks[2]).Figure);
        AssertTextIsTheStory(article);
    }

    [Fact]
    public void SplitsACreditOutOfTheCaptionText()
    {
        var article = Extract("<figure><img src='/img/bus.jpg'><figcaption>The new buses at the depot. Photograph: Jane Doe/Shutterstock</figcaption></figure>");

        var figure = Assert.Single(article.Figures);
        Assert.Equal("The new buses at the depot.", figure.Caption);
        Assert.Equal("Jane Doe/Shutterstock", figure.Credit);
        AssertTextIsTheStory(article);
    }

    [Fact]
    public void ReadsAWordPressCaptionBox()
    {
        // "wp-caption" names a caption, which the page cleaner removes as chrome; a box holding an image is a figure.
        var article = Extract("<div id='attachment_7' class='wp-caption aligncenter'><img src='/img/bus-1024x683.jpg' alt='Bus'>"
            + "<p class='wp-caption-text'>Route 41 at the depot (Getty Images)</p></div>");

        var figure = Assert.Single(article.Figures);
        Assert.Equal("https://metro.example/img/bus-1024x683.jpg", figure.Src);
        Assert.Equal("Route 41 at the depot", figure.Caption);
        Assert.Equal("Getty Images", figure.Credit);
        AssertTextIsTheStory(article);
    }

    [Fact]
    public void ReadsACaptionParagraphClassedAfterAnImageParagraph()
    {
        var article = Extract("<p><img src='/img/bus.jpg' alt='Bus'></p><p class='caption'>Route 41 leaves the depot. Foto: dpa</p>");

        var figure = Assert.Single(article.Figures);
        Assert.Equal("Route 41 leaves the depot.", figure.Caption);
        Assert.Equal("dpa", figure.Credit);
        AssertTextIsTheStory(article);
    }

    [Theory]
    [InlineData("<p>Image source: Metro Daily archive</p>", null, "Metro Daily archive")]
    [InlineData("<p>Route 41 leaves the depot. (AFP)</p>", "Route 41 leaves the depot.", "AFP")]
    [InlineData("<p><em>Route 41 leaves the depot at dawn</em></p>", "Route 41 leaves the depot at dawn", null)]
    [InlineData("<p>A new bus</p>", "A new bus", null)]
    public void ACaptionLineRightAfterAFigureJoinsIt(string line, string? caption, string? credit)
    {
        var article = Extract("<figure><img src='/img/bus.jpg' alt='A new bus'></figure>", line);

        var figure = Assert.Single(article.Figures);
        Assert.Equal(caption, figure.Caption);
        Assert.Equal(credit, figure.Credit);
        AssertTextIsTheStory(article);
    }

    [Fact]
    public void AStoryParagraphAfterAFigureStaysStory()
    {
        var article = Extract("<figure><img src='/img/bus.jpg'></figure>");

        Assert.Null(Assert.Single(article.Figures).Caption);
        AssertTextIsTheStory(article);
    }

    [Fact]
    public void ALazyImageGivesItsRealAddress()
    {
        var article = Extract("<figure><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' data-lazy-src='/img/bus.jpg' "
            + "data-srcset='/img/bus-800.jpg 800w, /img/bus-1600.jpg 1600w'></figure>");

        Assert.Equal("https://metro.example/img/bus-1600.jpg", Assert.Single(article.Figures).Src);
    }

    [Fact]
    public void TrackingPixelsIconsAndAvatarsAreNotFigures()
    {
        var article = Extract("<p><img src='https://stats.example/p.gif' width='1' height='1'></p>"
            + "<p><img src='/img/share-twitter.png' width='24' height='24'></p>"
            + "<div class='author'><img src='/staff/jane.jpg' class='avatar'></div>"
            + "<figure><img src='/img/bus.jpg'></figure>");

        Assert.Equal("https://metro.example/img/bus.jpg", Assert.Single(article.Figures).Src);
    }

    [Fact]
    public void FiguresComeInBodyOrderAndOnce()
    {
        var body = "<figure><img src='/img/a.jpg'></figure>" + StoryPages.Paragraphs(StoryPages.Story[..2])
            + "<figure><img src='/img/b.jpg'></figure><figure><img src='/img/a.jpg'></figure>" + StoryPages.Paragraphs(StoryPages.Story[2..]);
        var article = Extractor.Extract(StoryPages.Page(body), PageUrl).Article!;

        Assert.Equal(["https://metro.example/img/a.jpg", "https://metro.example/img/b.jpg"], article.Figures.Select(f => f.Src));
    }

    [Fact]
    public void APictureSizedImageBetweenLineBreaksIsAFigure()
    {
        var body = $"<div>{StoryPages.Story[0]}<br><br><img src='/img/bus.jpg' width='800' height='533'>"
            + $"<center><em>Route 41 at the depot</em></center><br>{StoryPages.Story[1]}</div>" + StoryPages.Paragraphs(StoryPages.Story[2..]);
        var article = Extractor.Extract(StoryPages.Page(body), PageUrl).Article!;

        Assert.Equal("Route 41 at the depot", Assert.Single(article.Figures).Caption);
        AssertTextIsTheStory(article);
    }

    [Fact]
    public void GalleryControlsAreNotText()
    {
        var article = Extract("<figure><img src='/img/bus.jpg'></figure>", "<p>Image 1 of 5</p><p>Caption</p>");

        AssertTextIsTheStory(article);
    }

    [Fact]
    public void AHugeFigureIsReadInLinearTime()
    {
        // Deeply nested wrappers and many elements inside one figure: reading its caption must not be quadratic.
        var nested = string.Concat(Enumerable.Repeat("<div><span>x</span>", 1_000)) + "<img src='/img/deep.jpg'>" + string.Concat(Enumerable.Repeat("</div>", 1_000));
        var wide = string.Concat(Enumerable.Repeat("<span class='part'></span>", 50_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var article = Extract($"<figure>{nested}{wide}<figcaption>The depot. Photo: Jane Doe</figcaption></figure>");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        Assert.Equal("Jane Doe", Assert.Single(article.Figures).Credit);
    }
}
