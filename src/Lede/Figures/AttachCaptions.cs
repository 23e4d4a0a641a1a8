using AngleSharp.Dom;
using Lede.Content;
using Lede.Lexicon;
using Lede.Pages;

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
            context.Explain(nameof(AttachCaptions), Snippet(paragraph.Text), "the caption or credit of the figure above it");
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
        bool repeatsAlt = figure.Alt is { } alt && PruneBoilerplate.SameText(alt, text);
        return repeatsAlt || IsCaptionStyled(context.Page, paragraph, text) ? figure with { Caption = caption ?? text } : null;
    }

    // The paragraph's own element is classed as a caption, or holds nothing but one italic or small run that is not a
    // sentence (<p><em>Kate Henshaw</em></p>): a sentence in italics under a picture is as often the story's lead.
    private static bool IsCaptionStyled(PageDocument page, DraftBlock paragraph, string text)
    {
        int number = paragraph.Element;
        if (page.Tag[number] is not ("p" or "div" or "span" or "center") || Math.Abs(page.Text[number] - paragraph.TextLength) > 2) return false;
        IElement element = page.Elements[number];
        if (FigureClasses.NamesCaption(element)) return true;
        if (Sentences.Ends(text)) return false;
        for (int depth = 0; depth < 4 && SoleChild(element) is { } only; depth++)
        {
            if (only.LocalName is "em" or "i" or "small" or "cite" or "figcaption") return true;
            element = only;
        }
        return false;
    }

    // The element's only child, when everything else in it is whitespace.
    private static IElement? SoleChild(IElement element)
    {
        IElement? only = null;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t) { if (!string.IsNullOrWhiteSpace(t.Data)) return null; continue; }
            if (node is not IElement e) continue;
            if (only is not null) return null;
            only = e;
        }
        return only;
    }

    private static string Snippet(string text) => $"paragraph “{(text.Length > 60 ? text[..60] + "…" : text)}”";
}
