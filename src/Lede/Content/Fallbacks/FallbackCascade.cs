using Lede.Extraction;
namespace Lede.Content.Fallbacks;

/// <summary>
/// Stage: when the body collected from <see cref="FindContentRoot"/>'s container holds too little of the page's prose,
/// tries the other places the story may sit, in the order of <see cref="Attempts"/>, and takes the first that gives a
/// plausible article. Like trafilatura's cascade (<c>trafilatura_sequence</c>), each step engages only when the ones
/// before it under-delivered; unlike it, every step is measured against the same page, by one measure
/// (<see cref="ProseYield"/>). A try never parses the page again: it resets what the body stages wrote (blocks, related
/// links, the container), collects its own blocks and runs the same cleaning stages over them. When no try is
/// plausible, the container's body stays.
/// </summary>
internal static class FallbackCascade
{
    /// <summary>
    /// The cascade looks when the body holds less than this share of the page's prose. Calibrated on the 181 benchmark
    /// pages under the three presets: a story lost to the container search leaves a tenth of it (51d066b0 under
    /// Precision: 168 of 1,619 characters, a kicker line where the story was), while a whole story beside as much again
    /// of other prose (another story's excerpts, comments the chrome removal left) holds a third or more (5f9c5ed5 under
    /// Precision: 0.37, F1 1.0; every other page holds 0.6 or more). Coupled to <see cref="PlausibleShare"/>, which
    /// stays above it, so a try that is taken always holds more than the body it replaces.
    /// </summary>
    internal const double ShortShare = 0.3;

    /// <summary>
    /// A try gives a plausible article when it holds at least this share of the page's prose: most of it, as a story
    /// does — on the benchmark pages the body holds 0.7 of it or more on every page under Balanced and Recall (the
    /// median: all of it). The margin under 0.7 is for what pruning takes out of a try (promos, bylines, captions).
    /// </summary>
    internal const double PlausibleShare = 0.6;

    /// <summary>The fallbacks, in the order they are tried. Each offers its candidates on a page, or none.</summary>
    internal static readonly Fallback[] Attempts =
    [
        new("the next container", RunnerUpContainers.Find),      // FindContentRoot's ranking, elsewhere on the page
        new("the recall preset's container", RecallContainer.Find), // a wider container, doubtful text weighing less
        new("JSON-LD articleBody", JsonLdBody.Find),             // the story as the page's structured data declares it
        new("<noscript>", NoscriptBody.Find),                    // the story as the page shows it without scripts
        new("the page's prose", ProseBaseline.Find),             // every good paragraph of the page, in document order
    ];

    public static void Run(ExtractionContext context, Stage[] cleaning)
    {
        int body = ProseYield.BodyOf(context.Blocks);
        context.BodyProse = body;
        // The common path: one sum over the blocks, held against a bound of the page's prose that needs no scan.
        if (body >= ShortShare * ProseYield.PageBound(context)) return;
        var first = new ProseYield(body, ProseYield.PageOf(context));
        if (body >= ShortShare * first.Page) return;

        context.Explain(nameof(FallbackCascade), "FindContentRoot's container", $"gave {Describe(first)}: under {ShortShare:0%}, trying the fallbacks");
        var kept = new Snapshot(context);
        var tried = new HashSet<int> { context.Root };
        foreach (var attempt in Attempts)
        {
            foreach (var candidate in attempt.Candidates(context).ToList())
            {
                if (candidate.Collect is null && !tried.Add(candidate.Root)) continue; // a container already tried
                int traceMark = context.Trace.Count;
                context.ResetBody(candidate.Root);
                if (candidate.Collect is { } collect) collect(context);
                else CollectBlocks.Run(context);
                Stage.RunAll(context, cleaning);
                var yield = first with { Body = ProseYield.BodyOf(context.Blocks) };
                string what = candidate.What is { } detail ? $"{attempt.Name}: {detail}" : attempt.Name;
                if (yield.Body >= PlausibleShare * yield.Page && yield.Body > first.Body)
                {
                    context.BodyProse = yield.Body;
                    context.Explain(nameof(FallbackCascade), what, $"gave {yield.Body:N0} (container {first.Body:N0} of the page's {first.Page:N0}): taken");
                    return;
                }
                // A try that is not taken leaves no trace of its stages, only its verdict.
                context.Trace.RemoveRange(traceMark, context.Trace.Count - traceMark);
                context.Explain(nameof(FallbackCascade), what, $"gave {Describe(yield)}: under {PlausibleShare:0%}, not taken");
                kept.Restore(context);
            }
        }
        context.Explain(nameof(FallbackCascade), "FindContentRoot's container", "no fallback gave a plausible article: its body stays");
    }

    private static string Describe(ProseYield yield) => $"{yield.Body:N0} of the page's {yield.Page:N0} characters of prose";

    // What the container's body stages wrote, put back after a try that is not taken: every try starts from it.
    private sealed class Snapshot(ExtractionContext context)
    {
        private readonly int _root = context.Root;
        private readonly DraftBlock[] _blocks = [.. context.Blocks];
        private readonly RelatedLink[] _related = [.. context.Related];

        public void Restore(ExtractionContext context)
        {
            context.ResetBody(_root);
            context.Blocks.AddRange(_blocks);
            context.Related.AddRange(_related);
        }
    }
}

/// <summary>One source the cascade tries: its name in the trace, and the candidates it offers on a page (none when it has nothing).</summary>
internal sealed record Fallback(string Name, Func<ExtractionContext, IEnumerable<FallbackCandidate>> Candidates);

/// <summary>
/// One try: the container the body stages start from, and how its blocks are collected — null for the container's
/// blocks in reading order (<see cref="CollectBlocks"/>). <paramref name="What"/> says which, in the trace, when a source offers several.
/// </summary>
internal sealed record FallbackCandidate(string? What, int Root, Action<ExtractionContext>? Collect = null);
