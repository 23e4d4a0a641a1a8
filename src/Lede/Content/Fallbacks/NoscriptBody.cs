using Lede.Extraction;
namespace Lede.Content.Fallbacks;

/// <summary>
/// Fallback: the largest &lt;noscript&gt; element, whose content a page shows when scripts do not run — on some
/// pages the only copy of the story. Lede parses with scripting off, so that content is markup, not text
/// (<see cref="Html.HtmlParseOptions.Scripting"/>); <see cref="CleanPage"/> removes it as "not text" and notes the largest. A document
/// a caller parsed with scripting on holds it as one text node, which this fallback does not parse again.
/// </summary>
internal static class NoscriptBody
{
    public static IEnumerable<FallbackCandidate> Find(ExtractionContext context)
    {
        int noscript = context.LargestNoscript;
        // Only one with more text than the body kept can give more.
        if (noscript < 0 || context.Page.Text[noscript] <= context.BodyProse) return [];
        return [new FallbackCandidate(null, noscript)];
    }
}
