using Lede.Pages;
using Lede.Extraction;
namespace Lede.Content.Fallbacks;

/// <summary>
/// Fallback: the containers <see cref="FindContentRoot"/> ranked next, elsewhere on the page — neither inside its
/// choice nor around it (a wider container is <see cref="RecallContainer"/>'s try). A page whose body hint or whose
/// noise steered the search to a teaser has its story in another branch of the tree.
/// </summary>
internal static class RunnerUpContainers
{
    /// <summary>
    /// How many containers are tried, best score first, each outside the ones before. Past the second, a page's
    /// branches are rails and footers; each try costs a collection and a pruning of its blocks.
    /// </summary>
    private const int MaxCandidates = 2;

    public static IEnumerable<FallbackCandidate> Find(ExtractionContext context)
    {
        var page = context.Page;
        var (good, bad) = context.Prose;
        double weight = context.Tuning.BadTextWeight;
        int root = context.Root;
        var ranked = new List<(double Score, int Element)>();
        for (int i = page.Body; i < page.SubtreeEnd[page.Body]; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            if (page.IsWithin(i, root)) { i = page.SubtreeEnd[i] - 1; continue; }
            // Only a container with more prose than the body kept can give more.
            if (page.IsWithin(root, i) || good[i] <= context.BodyProse) continue;
            ranked.Add((good[i] - weight * bad[i], i));
        }
        // Best score first; on a tie the earlier (outer) element, as FindContentRoot's ">=" keeps the later.
        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Element.CompareTo(b.Element));
        var taken = new List<int>(MaxCandidates);
        foreach (var (_, element) in ranked)
        {
            if (taken.Exists(t => page.IsWithin(element, t) || page.IsWithin(t, element))) continue;
            taken.Add(element);
            if (taken.Count == MaxCandidates) break;
        }
        return taken.Select((element, rank) => new FallbackCandidate($"{Ordinal(rank + 2)} {context.Describe(element)}", element));
    }

    private static string Ordinal(int n) => n switch { 2 => "2nd", 3 => "3rd", _ => $"{n}th" };
}
