using Lede.Content;
using Lede.Content.Fallbacks;
using Lede.Html;
using Lede.Input;
using Lede.Pages;
using Lede.Extraction;

namespace Lede;

/// <summary>
/// Every step from a page's bytes to an <see cref="Article"/>, in order: the one listing of the whole flow.
/// decode → parse → page facts → metadata → clean → container → blocks → captions → prune → related → (fallbacks) →
/// kind → assemble → quotations. Each stage is one file with one job; it reads the <see cref="PageDocument"/> and
/// the <see cref="ExtractionContext"/>, writes only the context's tables and lists, and never changes the tree.
/// </summary>
internal static class ArticlePipeline
{
    // What makes the body of collected blocks: run on the container's blocks, and again on each fallback's.
    private static readonly Stage[] Cleaning =
    [
        new(Figures.AttachCaptions.Run, PipelineParts.Figures),  // captions: a caption or credit line beside a figure joins it
        new(PruneBoilerplate.Run, PipelineParts.Body),           // prune: promos, credits, widget labels, link lists, the tail
        new(DropGarbledText.Run, PipelineParts.Body),            //   paragraphs that read as no language: a paywall's scrambled text
        new(DropTeaserExcerpts.Run, PipelineParts.Body),         //   runs of excerpts cut off with an ellipsis: a list of other stories
        new(DropTitledTeaserLists.Run, PipelineParts.Body),      //   teasers under a related title left standing
        new(Figures.CollectRelated.Run, PipelineParts.Figures),  // related: the promos' links, and those of related rails
    ];

    private static readonly Stage[] Stages =
    [
        new(Metadata.ReadMetadata.Run, PipelineParts.Metadata),  // metadata, before anything is pruned: title, authors, dates, site, language
        new(MarkBodyHints.Run, PipelineParts.Body),              // classify: the story's body hints, by the class signals
        new(CleanPage.Run, PipelineParts.Body),                  // clean: scripts, navigation, hidden parts, chrome by class
        new(FindContentRoot.Run, PipelineParts.Body),            // container: the story's
        new(CollectBlocks.Run, PipelineParts.Body),              // blocks: the container's, in reading order; figures with their captions
        .. Cleaning,
        // Too little of the page's prose? Each fallback of FallbackCascade.Attempts in turn, collected afresh and cleaned as above.
        new(context => FallbackCascade.Run(context, Cleaning), PipelineParts.Body),
        new(JudgeKind.Run, PipelineParts.Body),                  // kind: an article, a listing of teasers, or neither
    ];

    /// <summary>Decodes page bytes into a pooled buffer: linear, so it runs before the time budget starts.</summary>
    public static PageText Decode(ReadOnlySpan<byte> html, ExtractionOptions options)
    {
        var (buffer, length) = PageMarkup.FromBytes(html, options.Charset);                         // decode
        return new PageText(buffer, length, PageBuffers.Chars);
    }

    /// <summary>From decoded markup, which the parsed tree owns from here on.</summary>
    public static ExtractionResult FromMarkup(PageText markup, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        PageTree tree;
        try
        {
            tree = HtmlTreeParser.Parse(markup, new HtmlParseOptions { MaxDepth = options.MaxNestingDepth }, cancellationToken); // parse
        }
        catch
        {
            markup.Dispose();
            throw;
        }
        return FromTree(tree, url, options, cancellationToken);
    }

    /// <summary>From a page tree (Lede's parse, or a caller's document adapted); the tree is disposed at the end.</summary>
    public static ExtractionResult FromTree(PageTree tree, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        PageDocument page;
        try
        {
            page = PageDocument.Build(tree, cancellationToken);                                     // page facts, class signals and hints
        }
        catch
        {
            tree.Dispose();
            throw;
        }
        using var _ = page;
        var context = new ExtractionContext(page, url, options, Tuning.For(options.Focus), cancellationToken);
        Stage.RunAll(context, Stages);                                                              // metadata … kind
        var result = ArticleAssembly.Assemble(context);                                             // assemble
        return result with { Article = Quotes.QuoteStage.Attach(result.Article!, options) };        // quotations
    }
}
