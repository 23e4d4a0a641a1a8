using Lede.PlainText;

namespace Lede.Training;

/// <summary>
/// How far each of <see cref="LineNoise"/>'s rules can be trusted on the naive scrapes: for each rule, the lines it
/// matched, how many of them the gold calls story, and a few of those, so a rule that takes story lines is seen and mended.
/// </summary>
internal static class RuleReport
{
    public static void Write(IReadOnlyList<TrainingText> texts, TextWriter output, int examples = 40)
    {
        var rules = Enum.GetValues<LineRule>();
        output.WriteLine($"{"rule",-14} {"lines",7} {"story",7} {"share",6}");
        foreach (var rule in rules)
        {
            int lines = 0, story = 0;
            var shown = new List<string>();
            foreach (var text in texts)
            {
                for (int i = 0; i < text.Lines.Count; i++)
                {
                    if (LineNoise.Classify(text.Lines[i].Text).Rule != rule) continue;
                    lines++;
                    if (!text.Story[i]) continue;
                    story++;
                    if (rule != LineRule.None && shown.Count < examples) shown.Add($"    {text.Scraper}/{text.Id[..8]}: {Clip(text.Lines[i].Text)}");
                }
            }
            output.WriteLine($"{rule,-14} {lines,7} {story,7} {(lines == 0 ? 0 : story / (double)lines),6:0.000}");
            foreach (var line in shown) output.WriteLine(line);
        }
    }

    /// <summary>How many lines stand after a comments heading that follows story, and how many of them the gold calls story.</summary>
    public static void WriteAfterComments(IReadOnlyList<TrainingText> texts, TextWriter output)
    {
        int after = 0, story = 0, headings = 0;
        var shown = new List<string>();
        foreach (var text in texts)
        {
            int first = Array.IndexOf(text.Story, true);
            int at = -1;
            for (int i = 0; i < text.Lines.Count; i++)
            {
                if (at < 0 && first >= 0 && i > first && LineSignals.IsCommentsHeading(text.Lines[i].Text)) { at = i; headings++; if (shown.Count < 30) shown.Add($"  H {text.Scraper}/{text.Id[..8]}: {Clip(text.Lines[i].Text)}"); continue; }
                if (at < 0) continue;
                after++;
                if (text.Story[i]) { story++; if (shown.Count < 60) shown.Add($"    {text.Scraper}/{text.Id[..8]}: {Clip(text.Lines[i].Text)}"); }
            }
        }
        output.WriteLine($"after a comments heading: {headings} headings, {after} lines, {story} story");
        foreach (var line in shown) output.WriteLine(line);
    }

    private static string Clip(string text) => text.Length > 110 ? text[..110] + "…" : text;
}
