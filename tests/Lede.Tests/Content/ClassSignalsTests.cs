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

    [Fact]
    public void APageReadOnceGivesEachElementTheSignalOfItsOwnAttributes()
    {
        // Repeated class lists are remembered within a page; a second page with other text at the same places must not
        // inherit the first page's answers.
        string[] pages =
        [
            "<div class='menu-item'>a</div><div class='menu-item'>b</div><div class='story' id='share-bar'>c</div>"
                + "<div itemprop='articleBody' class='menu-item'>d</div><section class='article-body'>e</section>",
            "<div class='article-body'>a</div><div class='menu-item'>b</div><div class='story'>c</div>",
        ];
        foreach (var markup in pages)
        {
            using var page = TestPages.Parse(markup);
            var signals = new ClassSignal[page.Count];
            ClassSignals.ReadAll(page, signals, CancellationToken.None);
            for (int i = 0; i < page.Count; i++)
            {
                var expected = ClassSignals.DeclaresArticleBody(page, i) ? ClassSignal.StoryBody
                    : ClassSignals.ReadValue(page.ClassName(i)) is var byClass and not ClassSignal.None ? byClass
                    : ClassSignals.ReadValue(page.Id(i));
                Assert.Equal(expected, signals[i]);
            }
            Assert.Contains(ClassSignal.Chrome, signals);
            Assert.Contains(ClassSignal.StoryBody, signals);
        }
    }
}
