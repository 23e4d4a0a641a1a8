using Lede.Pages;
using Lede.Extraction;
namespace Lede.Content;

/// <summary>
/// Stage 2: chooses the element that holds the story. Every block of text is judged once — good
/// (a paragraph: long enough, few links) or doubtful (links, short lines) — and each container scores the
/// good text inside it minus a weight times the doubtful text. The best-scoring container holds the most
/// story for the least noise: it widens to take in a story split by ads, and stops before the sidebars.
/// A container whose class names the story's body ("article-body") is preferred when it holds most of it.
/// </summary>
internal static class FindContentRoot
{
    public static void Run(ExtractionContext context)
    {
        context.Prose = ProseMeasure.Compute(context);
        var (good, bad) = context.Prose;
        int best = Choose(context, context.Tuning.BadTextWeight);
        context.Root = best;
        if (!context.Explaining) return; // the trace's lines are formatted only when asked for
        ExplainRunnersUp(context, good, bad, best);
        context.Explain(nameof(FindContentRoot), best, $"chosen as the story's container (good text {good[best]:0}, doubtful {bad[best]:0})");
    }

    /// <summary>The container that scores best when a character of doubtful text weighs <paramref name="weight"/>, over <see cref="ExtractionContext.Prose"/>.</summary>
    internal static int Choose(ExtractionContext context, double weight)
    {
        var page = context.Page;
        var (good, bad) = context.Prose;
        int best = page.Body;
        double bestScore = double.NegativeInfinity;
        for (int i = page.Body; i < page.SubtreeEnd[page.Body]; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            if (good[i] <= 0) continue;
            double score = good[i] - weight * bad[i];
            // ">=": an element that scores the same as its parent holds all of it; the tighter one wins.
            if (score >= bestScore) { bestScore = score; best = i; }
        }
        return PreferBodyHint(context, best, good, bad, weight);
    }

    // A hinted body inside the chosen root that holds nearly all its good text is the tighter, surer choice;
    // a hinted body elsewhere that holds a fair share of story text beats an unhinted guess.
    private static int PreferBodyHint(ExtractionContext context, int root, double[] good, double[] bad, double weight)
    {
        var page = context.Page;
        int outside = -1;
        for (int i = page.Body; i < page.SubtreeEnd[page.Body]; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            if ((page.Flags[i] & NodeFlags.BodyHint) == 0 || page.IsWithin(root, i) || page.IsWithin(i, root)) continue;
            if (good[i] >= 0.5 * good[root] && (outside < 0 || good[i] > good[outside])) outside = i;
        }
        if (outside >= 0) root = outside;
        // Inside a hinted body, the page has said where its story is: take all of it, unless that costs much noise.
        for (int a = page.Parent[root]; a > page.Body; a = page.Parent[a])
        {
            if ((page.Flags[a] & NodeFlags.BodyHint) == 0) continue;
            if (good[a] - weight * bad[a] >= 0.7 * (good[root] - weight * bad[root])) root = a;
            break;
        }
        int best = root;
        for (int i = root + 1; i < page.SubtreeEnd[root]; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            if ((page.Flags[i] & NodeFlags.BodyHint) != 0 && good[i] >= 0.9 * good[root])
                best = i; // keep descending: the innermost hint that still holds the story
        }
        return best;
    }

    private static void ExplainRunnersUp(ExtractionContext context, double[] good, double[] bad, int chosen)
    {
        var page = context.Page;
        double weight = context.Tuning.BadTextWeight;
        for (int a = page.Parent[chosen]; a >= page.Body && a >= 0; a = page.Parent[a])
            context.Explain(nameof(FindContentRoot), a, $"not chosen, an ancestor: good {good[a]:0}, doubtful {bad[a]:0}, score {good[a] - weight * bad[a]:0}");
    }
}
