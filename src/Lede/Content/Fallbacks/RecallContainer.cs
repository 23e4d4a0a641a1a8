using Lede.Extraction;
namespace Lede.Content.Fallbacks;

/// <summary>
/// Fallback: the container the Recall preset chooses, where doubtful text weighs less: wider, it takes in a story
/// that foreign content (a gallery, a block of links, an embedded widget) splits in parts.
/// </summary>
internal static class RecallContainer
{
    public static IEnumerable<FallbackCandidate> Find(ExtractionContext context)
    {
        double weight = Tuning.Recall.BadTextWeight;
        if (context.Tuning.BadTextWeight <= weight) return []; // the Recall preset's own choice is the container already
        int root = FindContentRoot.Choose(context, weight);
        return [new FallbackCandidate(context.Describe(root), root)];
    }
}
