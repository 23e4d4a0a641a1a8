namespace Lede;

/// <summary>Writes an article as Markdown (GFM). (STUB)</summary>
public static class MarkdownWriter
{
    /// <summary>The article as Markdown.</summary>
    public static string Write(Article article) => PlainTextWriter.Write(article);
}
