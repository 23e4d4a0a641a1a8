using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Extraction;

namespace Lede.Figures;

/// <summary>
/// Stage: a caption-like paragraph right after a figure (or after an image-only paragraph, which became one) is that
/// figure's caption or credit — "Image source: Instagram/ Hilaria Baldwin", "Protesters in Paris. (AFP)", an
/// italic line under a photo — and leaves the body text.
/// </summary>
internal static class AttachCaptions
{
    /// <summary>A paragraph longer than this is story, even right under a picture. Captions in the benchmark pages run to ~250.</summary>
    internal const int MaxCaptionParagraphChars = 300;

    public static void Run(ExtractionContext context)
    {
        var blocks = context.Blocks;
        for (int i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Dropped || blocks[i].Block is not FigureBlock figureBlock) continue;
            var next = blocks[i + 1];
            if (next.Dropped || next.Block is not ParagraphBlock paragraph) continue;
            if (Join(context, figureBlock.Figure, paragraph.Text, next) is not { } joined) continue;
            blocks[i].Block = new FigureBlock(joined);
            next.Dropped = true;
            if (context.Explaining) context.Explain(nameof(AttachCaptions), Snippet(paragraph.Text), "the caption or credit of the figure above it");
        }
    }

    // The figure with the paragraph's caption and credit, when the paragraph reads as one and fills what the figure lacks.
    private static Figure? Join(ExtractionContext context, Figure figure, string text, DraftBlock paragraph)
    {
        if (text.Length > MaxCaptionParagraphChars) return null;
        var (caption, credit) = CaptionSplitter.Split(text, strict: true);
        if (credit is not null)
        {
            if (caption is null) return figure.Credit is null ? figure with { Credit = credit } : null;
            return figure.Caption is null && figure.Credit is null ? figure with { Caption = caption, Credit = credit } : null;
        }
        if (figure.Caption is not null) return null;
        // The line repeats the image's alt text, or is set as a caption.
        bool repeatsAlt = figure.Alt is { } alt && TextMeasure.SameWords(alt, text);
        return repeatsAlt || IsCaptionStyled(context.Page, paragraph, text) ? figure with { Caption = caption ?? text } : null;
    }

    // The paragraph's own element is classed as a caption, or holds nothing but one italic or small run that is not a
    // sentence (<p><em>Kate Henshaw</em></p>): a sentence in italics under a picture is as often the story's lead.
    private static bool IsCaptionStyled(PageDocument page, DraftBlock paragraph, string text)
    {
        int number = paragraph.Element;
        if (page.NameOf(number) is not (KnownNames.P or KnownNames.Div or KnownNames.Span or KnownNames.Center) || Math.Abs(page.Text[number] - paragraph.TextLength) > 2) return false;
        if (FigureClasses.NamesCaption(page, number)) return true;
        if (Sentences.Ends(text)) return false;
        int element = number;
        for (int depth = 0; depth < 4 && SoleChild(page, element) is var only and >= 0; depth++)
        {
            if (page.NameOf(only) is KnownNames.Em or KnownNames.I or KnownNames.Small or KnownNames.Cite or KnownNames.Figcaption) return true;
            element = only;
        }
        return false;
    }

    // The element's only child element, when everything else in it is whitespace; -1 when there is none.
    private static int SoleChild(PageDocument page, int element)
    {
        var tree = page.Tree;
        int only = -1;
        for (int node = tree[page.NodeOf(element)].FirstChild; node >= 0; node = tree[node].NextSibling)
        {
            if (tree[node].Kind == NodeKind.Text) { if (!tree.TextOf(node).IsWhiteSpace()) return -1; continue; }
            int e = page.ElementAt(node);
            if (e < 0) continue;
            if (only >= 0) return -1;
            only = e;
        }
        return only;
    }

    private static string Snippet(string text) => $"paragraph “{(text.Length > 60 ? text[..60] + "…" : text)}”";
}
