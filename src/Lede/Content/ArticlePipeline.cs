using AngleSharp.Dom;

namespace Lede.Content;

/// <summary>The ordered stages that turn a parsed page into an article. (THIN FIRST PATH)</summary>
internal static class ArticlePipeline
{
    public static ExtractionResult Run(IDocument document, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var blocks = new List<Block>();
        foreach (var p in document.QuerySelectorAll("p"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = p.TextContent.Trim();
            if (text.Length > 0) blocks.Add(new ParagraphBlock(text));
        }
        var article = new Article { Title = document.Title, Url = url, Blocks = blocks };
        return new ExtractionResult
        {
            Status = blocks.Count > 0 ? ExtractionStatus.Ok : ExtractionStatus.Empty,
            Article = article,
            Reason = blocks.Count > 0 ? null : "no body text found",
        };
    }
}
