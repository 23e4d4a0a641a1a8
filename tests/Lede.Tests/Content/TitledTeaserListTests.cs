namespace Lede.Tests.Content;

/// <summary>A related title and the teasers under it leave the body, and their links become related links.</summary>
public sealed class TitledTeaserListTests
{
    private const string Story = "A sentence of the story that runs on for a while, as stories do, with detail and a quote. ";

    private static readonly string Page = "<html><body><article><h1>The headline of the story</h1>"
        + $"<p>{string.Concat(Enumerable.Repeat(Story, 6))}</p><p>{string.Concat(Enumerable.Repeat(Story, 5))}</p>"
        + "<h3>You may also like</h3><ul><li><a href='/a'>Another story on the site</a></li><li><a href='/b'>A third story on the site</a></li>"
        + "<li><a href='/c'>And a fourth story on the site</a></li></ul></article></body></html>";

    [Fact]
    public void TheTeasersUnderARelatedTitleLeaveTheBody()
    {
        var article = Extractor.Extract(Page).Article!;
        Assert.DoesNotContain("Another story on the site", article.Text);
        Assert.DoesNotContain("You may also like", article.Text);
        Assert.Contains(article.Related, link => link.Title == "Another story on the site");
    }
}
