using Lede.Extraction;
namespace Lede.Content;

/// <summary>Turns the stages' decisions into the public <see cref="Article"/> and <see cref="ExtractionResult"/>.</summary>
internal static class ArticleAssembly
{
    public static ExtractionResult Assemble(ExtractionContext context)
    {
        var blocks = new List<Block>();
        var figures = new List<Figure>();
        foreach (var draft in context.Blocks)
        {
            if (draft.Dropped) continue;
            blocks.Add(draft.Block);
            if (draft.Block is FigureBlock f) figures.Add(f.Figure);
        }
        var metadata = context.Metadata;
        var article = new Article
        {
            Kind = context.Kind.Kind,
            KindConfidence = context.Kind.Confidence,
            Title = context.Title,
            Standfirst = metadata.Standfirst,
            Description = metadata.Description,
            Authors = metadata.Authors,
            Published = metadata.Published,
            Modified = metadata.Modified,
            SiteName = metadata.SiteName,
            Publisher = metadata.Publisher,
            Url = context.Url,
            CanonicalUrl = metadata.CanonicalUrl,
            Language = metadata.Language,
            Section = metadata.Section,
            Tags = metadata.Tags,
            License = metadata.License,
            MainImage = metadata.MainImage,
            Blocks = blocks,
            Figures = figures,
            Related = context.Related,
        };
        bool hasText = blocks.Exists(b => b is not FigureBlock);
        return new ExtractionResult
        {
            Status = hasText ? ExtractionStatus.Ok : ExtractionStatus.Empty,
            Article = article,
            Reason = hasText ? null : "no story text found on the page",
            Trace = context.Trace,
        };
    }
}
