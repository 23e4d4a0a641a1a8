using Lede.Figures;
using Lede.Html;

namespace Lede.Tests.Figures;

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
        Assert.Equal(related, RelatedClasses.NamesRelated(page, TestPages.First(page, KnownNames.Div)));
    }
}
