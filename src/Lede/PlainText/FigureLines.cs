using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Joins the lines that go with a picture's credit: a caption line beside it ("Crowds gather at dawn." over
/// "Photo: Jane Doe/Reuters") and an alt text a scraper left beside it ("jane doe at the gala"). When paragraphs are
/// set apart by blank lines, only a line of the credit's own block goes with it; when every line is a paragraph,
/// nothing tells a caption from a short paragraph, so only an alt text (which reads as no sentence at all) is taken.
/// </summary>
internal static class FigureLines
{
    /// <summary>A caption is a phrase or a sentence or two: longer than this, a line beside a credit is story.</summary>
    private const int MaxCaptionChars = 200;

    public static void Join(List<TextLine> lines, LineVerdict[] verdicts, bool blockStyle)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (verdicts[i].Role != LineRole.Credit || verdicts[i].Figure is not { } figure) continue;
            foreach (int n in (ReadOnlySpan<int>)[i - 1, i + 1])
            {
                if (!Beside(lines, verdicts, i, n, blockStyle) || !AltTextLine.Reads(lines[n].Text)) continue;
                verdicts[n] = LineVerdict.Of(LineRole.AltText, "an image's alt text beside its credit (kept as the figure's alt)", nameof(FigureLines));
                figure = figure with { Alt = figure.Alt ?? lines[n].Text };
            }
            if (blockStyle && figure.Caption is null)
            {
                foreach (int n in (ReadOnlySpan<int>)[i - 1, i + 1])
                {
                    if (!Beside(lines, verdicts, i, n, blockStyle) || !ReadsAsCaption(lines[n])) continue;
                    verdicts[n] = LineVerdict.Of(LineRole.Caption, "the caption of the picture whose credit is beside it", nameof(FigureLines));
                    figure = figure with { Caption = lines[n].Text };
                    break;
                }
            }
            verdicts[i].Figure = figure;
        }
    }

    // A story line next to the credit, in its block when blocks tell what goes together.
    private static bool Beside(List<TextLine> lines, LineVerdict[] verdicts, int credit, int n, bool blockStyle)
        => n >= 0 && n < lines.Count && verdicts[n].Role == LineRole.Body && (!blockStyle || lines[n].Block == lines[credit].Block);

    private static bool ReadsAsCaption(TextLine line)
        => line.Text.Length <= MaxCaptionChars && !line.IsListItem && Sentences.Count(line.Text) <= 2;
}
