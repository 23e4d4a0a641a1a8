namespace Lede;

/// <summary>Writes an article's body as plain text: <see cref="Article.Text"/>, whose form the model defines.</summary>
public static class PlainTextWriter
{
    /// <summary>The article's body as plain text.</summary>
    /// <param name="article">The article to write.</param>
    /// <param name="includeFigureCaptions">True to write each figure's caption and credit as a paragraph of its own
    /// ("caption — credit"); false (the default) writes <see cref="Article.Text"/> as it is.</param>
    public static string Write(Article article, bool includeFigureCaptions = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        return includeFigureCaptions ? BodyText.Of(article.Blocks, includeFigureCaptions: true) : article.Text;
    }
}
