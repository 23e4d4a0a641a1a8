using AngleSharp.Dom;

namespace Lede.Content;

/// <summary>
/// The stages that turn a parsed page into an article, in order. Each reads and writes the shared
/// <see cref="ExtractionContext"/>; none changes the DOM.
/// </summary>
internal static class ArticlePipeline
{
    private static readonly (Action<ExtractionContext> Run, PipelineParts Part)[] Stages =
    [
        (Metadata.ReadMetadata.Run, PipelineParts.Metadata), // before anything is pruned: title, authors, dates, site, language
        (CleanPage.Run, PipelineParts.Body),          // scripts, navigation, hidden parts, chrome by class
        (FindContentRoot.Run, PipelineParts.Body),    // the story's container
        (CollectBlocks.Run, PipelineParts.Body),      // its blocks in reading order, figures read with their captions
        (Figures.AttachCaptions.Run, PipelineParts.Figures), // caption and credit lines beside a figure join it
        (PruneBoilerplate.Run, PipelineParts.Body),   // promos, widget labels, link lists, tail
        (Figures.CollectRelated.Run, PipelineParts.Figures), // the promos' links, and those of related rails
    ];

    public static ExtractionResult Run(IDocument document, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var page = PageDocument.Build(document, cancellationToken);
        var context = new ExtractionContext(page, url, options, Tuning.For(options.Focus), cancellationToken);
        foreach (var (stage, part) in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if ((options.Parts & part) == part) stage(context);
        }
        return ArticleAssembly.Assemble(context);
    }
}
