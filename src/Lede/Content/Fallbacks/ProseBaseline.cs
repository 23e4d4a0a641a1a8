using Lede.Pages;
using Lede.Extraction;
namespace Lede.Content.Fallbacks;

/// <summary>
/// Fallback, the last: every good paragraph of the page outside removed chrome, in document order — the blocks
/// <see cref="ProseMeasure"/> judged prose, wherever they sit (after trafilatura's <c>baseline</c>, which keeps a
/// page's paragraphs when its extractors find nothing). For a story no container holds: split in many parts, or
/// in a layout the container search does not know.
/// </summary>
internal static class ProseBaseline
{
    public static IEnumerable<FallbackCandidate> Find(ExtractionContext context)
    {
        var paragraphs = Paragraphs(context);
        if (paragraphs.Count == 0) return [];
        return [new FallbackCandidate($"{paragraphs.Count} paragraphs", context.Page.Body, c => CollectBlocks.RunEach(c, paragraphs))];
    }

    // The elements whose own text was judged good. Prose totals are sums over subtrees, so an element's own share is its
    // total less its kept children's. An element that is mostly a container of other paragraphs (a <div> with a stray line
    // of its own) is not taken whole: its paragraphs are, one by one.
    private static List<int> Paragraphs(ExtractionContext context)
    {
        var page = context.Page;
        var good = context.Prose.Good;
        int end = page.SubtreeEnd[page.Body];
        var own = new double[end];
        for (int i = page.Body; i < end; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            own[i] += good[i];
            if (i > page.Body) own[page.Parent[i]] -= good[i];
        }
        var paragraphs = new List<int>();
        for (int i = page.Body; i < end; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            if (own[i] <= 0 || own[i] * 2 < good[i]) continue;
            paragraphs.Add(i);
            i = page.SubtreeEnd[i] - 1;
        }
        return paragraphs;
    }
}
