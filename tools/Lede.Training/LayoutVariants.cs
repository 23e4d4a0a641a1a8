using System.Text;

namespace Lede.Training;

/// <summary>
/// Texts made from the scrapes and the gold bodies, for the model to learn more than four scrapers' habits; they train
/// but are never scored. Each is a layout real text comes in:
/// <list type="bullet">
/// <item><c>clean</c>: the story alone, a paragraph a line under its headline — the text a user may already have (a
/// clean text must come out whole);</item>
/// <item><c>cropped</c>: a scrape cut to the story and a few lines of furniture around it (a short scrape, like a
/// pasted article);</item>
/// <item><c>unspaced</c>: the paragraph scraper's text without its blank lines;</item>
/// <item><c>wrapped</c>: the paragraph scraper's text hard-wrapped at 76 columns, as e-mail and terminals wrap it.</item>
/// </list>
/// </summary>
internal static class LayoutVariants
{
    /// <summary>Lines of furniture kept on each side of the story in a cropped scrape.</summary>
    private const int CropMargin = 4;

    private const int WrapColumn = 76;

    public static IEnumerable<(string Name, string Text)> Of(TrainingText original, string? title)
    {
        if (original.Scraper == "blocks")
        {
            var story = string.Join("\n\n", original.Gold.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            yield return ("clean", title is null ? story : title + "\n\n" + story);
            yield return ("unspaced", string.Join("\n", original.Text.Split('\n').Where(l => l.Trim().Length > 0)));
            yield return ("wrapped", Wrap(original.Text));
        }
        if (Crop(original) is { } cropped) yield return ("cropped-" + original.Scraper, cropped);
    }

    private static string? Crop(TrainingText text)
    {
        int first = Array.IndexOf(text.Story, true), last = Array.LastIndexOf(text.Story, true);
        if (first < 0) return null;
        int from = text.Lines[Math.Max(0, first - CropMargin)].Source.InputStart;
        int to = text.Lines[Math.Min(text.Lines.Count - 1, last + CropMargin)].Source.InputEnd;
        return text.Text[from..to];
    }

    private static string Wrap(string text)
    {
        var sb = new StringBuilder(text.Length + text.Length / WrapColumn);
        foreach (var line in text.Split('\n'))
        {
            int column = 0;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (column > 0 && column + 1 + word.Length > WrapColumn)
                {
                    sb.Append('\n');
                    column = 0;
                }
                else if (column > 0)
                {
                    sb.Append(' ');
                    column++;
                }
                sb.Append(word);
                column += word.Length;
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
