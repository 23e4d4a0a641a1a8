using Lede.Content;
using Lede.Pages;

namespace Lede.Tests.Content;

public sealed class ClassSignalsTests
{
    [Theory]
    [InlineData("article-body", "StoryBody")]
    [InlineData("entry-content clearfix", "StoryBody")]
    [InlineData("c-entry-content", "None")] // "centrycontent" is not a known compound; scoring decides
    [InlineData("share-bar", "Chrome")]
    [InlineData("relatedArticles", "Chrome")]
    [InlineData("ad-slot top", "Chrome")]
    [InlineData("newsletter_signup", "Chrome")]
    [InlineData("header", "None")]
    [InlineData("shadow", "None")]
    [InlineData("add-to-cart", "None")]
    [InlineData("headline", "None")]
    [InlineData("", "None")]
    [InlineData(null, "None")]
    public void ReadsClassValuesByWholeToken(string? value, string expected)
        => Assert.Equal(expected, ClassSignals.ReadValue(value).ToString());

    [Fact]
    public void ABodyNameWinsOverAChromeWordInTheSameClassList()
        => Assert.Equal(ClassSignal.StoryBody, ClassSignals.ReadValue("article-body ad-free"));

    [Fact]
    public void VeryLongClassNamesDoNotOverflow()
        => Assert.Equal(ClassSignal.None, ClassSignals.ReadValue(new string('x', 10_000) + " " + new string('y', 500)));
}
