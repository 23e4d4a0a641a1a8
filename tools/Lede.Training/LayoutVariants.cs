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
/// <item><c>wrapped</c>: the paragraph scraper's text hard-wrapped at 76 columns, as e-mail and terminals wrap it;</item>
/// <item><c>short</c>: the head of a scrape down to the story's third line, then the page's last lines (a brief article
/// between a menu and a footer);</item>
/// <item><c>brief</c>: a headline and a few of the story's paragraphs with a few of the page's furniture lines over, under
/// and among them (a pasted or small text, as the sample story is).</item>
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
        if (Short(original) is { } brief) yield return ("short-" + original.Scraper, brief);
        if (original.Scraper is "blocks" or "gettext" && Brief(original, title) is { } made) yield return ("brief-" + original.Scraper, made);
    }

    // A brief text as people paste and small sites serve it: the headline and the story's first two to seven
    // paragraphs, a few of the page's own furniture lines over and under it and one or two among its paragraphs, blank
    // lines between blocks as the paragraph scraper writes them, or none as the text-node scraper does. The choices are
    // drawn from a generator seeded by the page, so the same data gives the same texts.
    private static string? Brief(TrainingText text, string? title)
    {
        var paragraphs = text.Gold.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int first = Array.IndexOf(text.Story, true), last = Array.LastIndexOf(text.Story, true);
        if (paragraphs.Length < 2 || first < 0) return null;
        var random = new Random(StableSeed(text.Scraper + text.Id));
        var above = Furniture(text, 0, first).TakeLast(random.Next(0, 5));
        var below = Furniture(text, last + 1, text.Lines.Count).Take(random.Next(0, 6));
        var among = Furniture(text, first, last).ToList();
        var story = paragraphs.Take(random.Next(2, 8)).ToList();
        for (int k = Math.Min(among.Count, random.Next(0, 3)); k > 0; k--)
            story.Insert(random.Next(1, story.Count), among[random.Next(among.Count)]);
        var lines = above.Concat(title is null ? [] : [title]).Concat(story).Concat(below);
        return string.Join(text.Scraper == "blocks" ? "\n\n" : "\n", lines);
    }

    private static IEnumerable<string> Furniture(TrainingText text, int from, int to)
    {
        for (int i = from; i < to; i++)
            if (!text.Story[i] && text.Lines[i].Text.Length > 1) yield return text.Lines[i].Text;
    }

    private static int StableSeed(string s)
    {
        unchecked
        {
            int h = (int)2166136261;
            foreach (char c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    /// <summary>Story lines a short text keeps: a brief article, or the first screen of one.</summary>
    private const int ShortStoryLines = 3;

    // The head of the page down to the story's third line, then the page's last lines: a short article under a menu and
    // over a footer, as small sites and pasted texts come.
    private static string? Short(TrainingText text)
    {
        int first = Array.IndexOf(text.Story, true);
        if (first < 0) return null;
        int third = first, seen = 0;
        for (int i = first; i < text.Story.Length && seen < ShortStoryLines; i++)
            if (text.Story[i]) { third = i; seen++; }
        int tail = Math.Max(third + 1, text.Lines.Count - CropMargin);
        int from = text.Lines[Math.Max(0, first - CropMargin)].Source.InputStart;
        var head = text.Text[from..text.Lines[third].Source.InputEnd];
        if (tail >= text.Lines.Count) return head;
        return head + "\n" + text.Text[text.Lines[tail].Source.InputStart..];
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
