namespace Lede.Tests;

public sealed class ExtractionResultTests
{
    [Fact]
    public void IsOkPromisesAnArticle()
    {
        var result = Extractor.Extract("<html><body><article><p>" + string.Concat(Enumerable.Repeat("A sentence of the story. ", 40)) + "</p></article></body></html>");
        Assert.True(result.IsOk, result.Reason);
        // No null-forgiving operator: IsOk carries [MemberNotNullWhen(true, nameof(Article))].
        Assert.NotEmpty(result.Article.Text);
    }

    [Fact]
    public void AResultBuiltByHandWithoutAnArticleIsNotOk()
    {
        // The attribute's promise holds even for a result nobody filled in: Ok alone is not enough.
        Assert.False(new ExtractionResult { Status = ExtractionStatus.Ok }.IsOk);
        Assert.False(new ExtractionResult { Status = ExtractionStatus.Empty, Article = new Article() }.IsOk);
    }
}
