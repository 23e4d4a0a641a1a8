using Lede.Extraction;
namespace Lede.Content.Fallbacks;

/// <summary>
/// How much prose a body holds against how much the page has: the one measure the fallback cascade decides by and
/// the kind of page is told from. The page's prose is the good paragraph text outside removed chrome
/// (<see cref="ProseMeasure"/>, as <see cref="FindContentRoot"/> measured it), or the story the page carries beside its
/// visible markup — a JSON-LD <c>articleBody</c>, a &lt;noscript&gt; copy — when that is longer.
/// </summary>
/// <param name="Body">Characters of text outside links in the body's kept blocks, figures aside.</param>
/// <param name="Page">Characters of prose the page has, by the largest of its sources.</param>
internal readonly record struct ProseYield(int Body, int Page)
{
    /// <summary>The share of the page's prose the body holds, at most 1; 1 for a page without prose.</summary>
    public double Share => Page <= 0 ? 1 : Math.Min(1, (double)Body / Page);

    /// <summary>The body's prose: what the reader gets of the story, links and figures left out.</summary>
    public static int BodyOf(List<DraftBlock> blocks)
    {
        int chars = 0;
        foreach (var block in blocks)
            if (!block.Dropped && block.Block is not FigureBlock) chars += block.TextLength - block.LinkLength;
        return chars;
    }

    /// <summary>The page's prose in the visible page alone: good paragraph text outside removed chrome.</summary>
    public static int VisibleOf(ExtractionContext context)
        => context.Prose.Good.Length == 0 ? 0 : (int)context.Prose.Good[context.Page.Body];

    /// <summary>The page's prose by the largest of its sources; scans the articleBody once (see <see cref="PageBound"/>).</summary>
    public static int PageOf(ExtractionContext context)
        => Largest(context, context.Metadata.ArticleBody is { } body ? JsonLdBody.ProseLength(body) : 0);

    /// <summary>
    /// At least <see cref="PageOf"/>, with nothing scanned: the articleBody's length in characters stands for its prose
    /// (it only over-counts, by tags and runs of spaces). What the common path needs to know that the cascade need not run.
    /// </summary>
    public static int PageBound(ExtractionContext context) => Largest(context, context.Metadata.ArticleBody?.Length ?? 0);

    private static int Largest(ExtractionContext context, int articleBody)
    {
        int page = Math.Max(VisibleOf(context), articleBody);
        return context.LargestNoscript >= 0 ? Math.Max(page, context.Page.Text[context.LargestNoscript]) : page;
    }
}
