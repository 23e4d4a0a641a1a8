using Lede.PlainText;

namespace Lede.Training;

/// <summary>One text to learn from: its lines as the cleaner reads them, their first-look features and their labels.</summary>
internal sealed class TrainingText
{
    public required string Scraper { get; init; }
    public required string Id { get; init; }
    public required string Text { get; init; }
    public required string Gold { get; init; }
    public required List<TextLine> Lines { get; init; }
    public required float[] Rows { get; init; }
    public required bool[] Story { get; init; }
    public required float[] Weights { get; init; }

    /// <summary>True for a text made here from another (a layout variant), which trains but is never scored.</summary>
    public bool Derived { get; init; }

    /// <summary>The first look's probabilities, from a model that never saw this text's page (set by cross-validation).</summary>
    public double[]? OutOfFold { get; set; }
}

/// <summary>Reads the naive scrapes and the gold bodies into <see cref="TrainingText"/>s, with the cleaner's own code.</summary>
internal static class TrainingSet
{
    public static TrainingText Make(string scraper, string id, string text, string gold, bool derived = false)
    {
        var lines = TextLines.Read(text, CancellationToken.None);
        var rules = new LineVerdict[lines.Count];
        for (int i = 0; i < lines.Count; i++) rules[i] = LineNoise.Classify(lines[i].Text);
        var rows = LineFeatures.Compute(lines, rules);
        var (story, tokens) = GoldLabels.Label(lines, gold);
        return new TrainingText
        {
            Scraper = scraper, Id = id, Text = text, Gold = gold, Lines = lines, Rows = rows, Story = story,
            Weights = Weigh(tokens), Derived = derived,
        };
    }

    /// <summary>
    /// A text that is already the story (a PolNeAR article: its headline, then its paragraphs): every line is story but
    /// the headline and the lines the lexicons plainly call something else (a time stamp, a promo, a credit, a byline) —
    /// what "nothing lost from clean text" asks the cleaner to keep.
    /// </summary>
    public static TrainingText MakeClean(string scraper, string id, string text)
    {
        var lines = TextLines.Read(text, CancellationToken.None);
        var rules = new LineVerdict[lines.Count];
        for (int i = 0; i < lines.Count; i++) rules[i] = LineNoise.Classify(lines[i].Text);
        var rows = LineFeatures.Compute(lines, rules);
        var story = new bool[lines.Count];
        var tokens = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            story[i] = i > 0 && rules[i].Rule == LineRule.None;
            tokens[i] = Lede.Cli.Eval.ShingleScorer.Tokenize(lines[i].Text).Count;
        }
        var gold = string.Join("\n", lines.Where((_, i) => story[i]).Select(l => l.Text));
        return new TrainingText
        {
            Scraper = scraper, Id = id, Text = text, Gold = gold, Lines = lines, Rows = rows, Story = story,
            Weights = Weigh(tokens), Derived = true,
        };
    }

    // The benchmark averages pages, and within a page it counts tokens: a line weighs its tokens (one more, so short
    // lines count a little), over the page's, so that every page weighs the same.
    private static float[] Weigh(int[] tokens)
    {
        double total = 0;
        foreach (int t in tokens) total += t + 1;
        var weights = new float[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) weights[i] = (float)(100.0 * (tokens[i] + 1) / Math.Max(1, total));
        return weights;
    }
}
