using Lede.PlainText;

namespace Lede.Training;

/// <summary>
/// For development: how the shipped model reads each line of a text — its rule, both looks' probabilities and the
/// features that moved the second look most — to see why a line was kept or left out.
/// </summary>
internal static class LineTable
{
    public static void Write(string path, TextWriter output)
    {
        var model = LineModel.Default;
        var lines = TextLines.Read(File.ReadAllText(path), CancellationToken.None);
        var rules = new LineVerdict[lines.Count];
        for (int i = 0; i < lines.Count; i++) rules[i] = LineNoise.Classify(lines[i].Text);
        var rows = LineFeatures.Compute(lines, rules);
        int f = (int)LineFeatures.F.Count, w = StoryFeatures.Width;
        var first = new double[lines.Count];
        for (int i = 0; i < lines.Count; i++) first[i] = model.First.Probability(rows.AsSpan(i * f, f));
        var (p, storyRows) = model.Score(rows, lines.Count);
        var contributions = new double[w];
        for (int i = 0; i < lines.Count; i++)
        {
            Array.Clear(contributions);
            model.Second!.Explain(storyRows.AsSpan(i * w, w), contributions);
            var top = Enumerable.Range(0, w).OrderByDescending(k => Math.Abs(contributions[k])).Take(5)
                .Select(k => $"{StoryFeatures.Names[k]}={storyRows[i * w + k]:0.##}:{contributions[k]:+0.00;-0.00}");
            var text = lines[i].Text.Length > 60 ? lines[i].Text[..60] + "…" : lines[i].Text;
            output.WriteLine($"{lines[i].Number,4} {rules[i].Rule,-12} {first[i]:0.00} {p[i]:0.00}  {text}");
            output.WriteLine($"       {string.Join("  ", top)}");
            var own = new double[f];
            model.First.Explain(rows.AsSpan(i * f, f), own);
            var firstTop = Enumerable.Range(0, f).OrderByDescending(k => Math.Abs(own[k])).Take(6)
                .Select(k => $"{LineFeatures.Names[k]}={rows[i * f + k]:0.##}:{own[k]:+0.00;-0.00}");
            output.WriteLine($"       first: {string.Join("  ", firstTop)}");
        }
    }
}
