using Lede.Html;
using Lede.Pages;

namespace Lede.Tests.Figures;

/// <summary>The class and id words that name a block of related links, read with the page's facts into its hints.</summary>
public sealed class RelatedClassesTests
{
    [Theory]
    [InlineData("class='related-posts'", true)]
    [InlineData("class='more-from__list'", true)]
    [InlineData("class='js-youMightLike'", true)]
    [InlineData("class='widget' id='read-next-box'", true)]
    [InlineData("class='see_also'", true)]
    [InlineData("class='up-next-rail'", true)]
    [InlineData("class='story-body more'", false)]
    [InlineData("class='read-time' id='next'", false)]
    [InlineData("", false)]
    public void ClassOrIdWordsNameARelatedBlock(string attributes, bool related)
    {
        var page = TestPages.Parse($"<html><body><div {attributes}><a href='/a'>A</a></div></body></html>");
        Assert.Equal(related, (page.Hint[TestPages.First(page, KnownNames.Div)] & PageHint.Related) != 0);
    }

    [Fact]
    public void ARelatedNameIsReadInAValueOfAnyLength()
    {
        var value = string.Concat(Enumerable.Repeat("col-md-4 ", 50)) + "related-posts";
        Assert.True(value.Length > PageHints.MaxValueLength);
        ClassSignals.Read(value, out var hint);
        Assert.Equal(PageHint.Related, hint);
    }
}
