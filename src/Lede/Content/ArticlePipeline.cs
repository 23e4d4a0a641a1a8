using AngleSharp.Dom;
using Lede.Content.Fallbacks;
using Lede.Pages;

namespace Lede.Content;

/// <summary>
/// The stages that turn a parsed page into an article, in order. Each reads and writes the shared
/// <see cref="ExtractionContext"/>; none changes the DOM.
/// </summary>
internal static class ArticlePipeline
{
    // What makes the body of collected blocks: run on the container's blocks, and again on each fallback's.
    private static readonly Stage[] Cleaning =
    [
        new(Figures.AttachCaptions.Run, PipelineParts.Figures), // caption and credit lines beside a figure join it
        new(PruneBoilerplate.Run, PipelineParts.Body),   // promos, widget labels, link lists, tail
        new(DropGarbledText.Run, PipelineParts.Body),    // paragraphs that read as no language: a paywall's scrambled text
        new(DropTeaserExcerpts.Run, PipelineParts.Body), // runs of excerpts cut off with an ellipsis: a list of other stories
        new(Figures.CollectRelated.Run, PipelineParts.Figures), // the promos' links, and those of related rails
    ];

    private static readonly Stage[] Stages =
    [
        new(Metadata.ReadMetadata.Run, PipelineParts.Metadata), // before anything is pruned: title, authors, dates, site, language
        new(CleanPage.Run, PipelineParts.Body),          // scripts, navigation, hidden parts, chrome by class
        new(FindContentRoot.Run, PipelineParts.Body),    // the story's container
        new(CollectBlocks.Run, PipelineParts.Body),      // its blocks in reading order, figures read with their captions
        .. Cleaning,
        // Too little of the page's prose? Each fallback of FallbackCascade.Attempts in turn, collected afresh and cleaned as above.
        new(context => FallbackCascade.Run(context, Cleaning), PipelineParts.Body),
        new(JudgeKind.Run, PipelineParts.Body),          // an article, a listing of teasers, or neither
    ];

    public static ExtractionResult Run(IDocument document, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var page = PageDocument.Build(document, cancellationToken);
        var context = new ExtractionContext(page, url, options, Tuning.For(options.Focus), cancellationToken);
        Stage.RunAll(context, Stages);
        return ArticleAssembly.Assemble(context);
    }
}
