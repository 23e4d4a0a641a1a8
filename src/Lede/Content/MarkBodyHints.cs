using Lede.Extraction;
using Lede.Pages;

namespace Lede.Content;

/// <summary>
/// Stage, before cleaning: marks the elements whose class or microdata names the story's body (their signal, read with
/// the page's facts by <see cref="ClassSignals"/>). Writes the BodyHint flag and, for <see cref="CleanPage"/>,
/// which elements hold or sit in such a hint and whether the hints are trusted: a body hint holding real text is
/// trusted over the prose measure, since the page says where its story is. It only classifies.
/// </summary>
internal static class MarkBodyHints
{
    /// <summary>A body hint holding this much text says where the story is (a paragraph's worth: a label-sized hint may be a teaser's).</summary>
    private const int MinHintedBodyText = 200;

    /// <summary>A body the page's microdata declares is trusted from a sentence's worth of text.</summary>
    private const int MinDeclaredBodyText = 80;

    public static void Run(ExtractionContext context)
    {
        bool trustHints = false;
        var page = context.Page;
        var protectedByHint = new bool[page.Count];
        for (int i = 0; i < page.Count; i++)
        {
            if (page.Signal[i] != ClassSignal.StoryBody) continue;
            page.Flags[i] |= NodeFlags.BodyHint;
            // A class that names the body is trusted with a paragraph's worth of text in it; microdata that declares the
            // article's body (itemprop=articleBody) with a sentence's worth: a blog's one-line post is its story, not
            // the longer "About me" box beside it.
            bool declared = ClassSignals.DeclaresArticleBody(page, i);
            if (page.Text[i] >= (declared ? MinDeclaredBodyText : MinHintedBodyText)) trustHints = true;
            for (int a = i; a >= 0 && !protectedByHint[a]; a = page.Parent[a]) protectedByHint[a] = true;
        }
        context.BodyHints = (protectedByHint, trustHints);
    }
}
