using Lede.Cli.Eval;
using Lede.PlainText;

namespace Lede.Training;

/// <summary>
/// Labels the lines of a scrape from the page's human-written body: a line is story when most of its word tokens are
/// covered by a 4-gram of tokens that the body holds too (the benchmark's own shingles, read across line ends, so a
/// fragment of a paragraph that a scraper put on a line of its own is covered by the paragraph around it).
/// </summary>
internal static class GoldLabels
{
    /// <summary>Share of a line's tokens that must be covered for the line to be story.</summary>
    private const double Covered = 0.5;

    /// <summary>For each line: whether it is story, and its count of word tokens.</summary>
    public static (bool[] Story, int[] Tokens) Label(IReadOnlyList<TextLine> lines, string gold)
    {
        var goldTokens = ShingleScorer.Tokenize(gold);
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + ShingleScorer.ShingleSize <= goldTokens.Count; i++)
            shingles.Add(string.Join(' ', goldTokens.GetRange(i, ShingleScorer.ShingleSize)));

        var tokens = new List<string>();
        var owner = new List<int>();
        var counts = new int[lines.Count];
        for (int l = 0; l < lines.Count; l++)
        {
            foreach (var token in ShingleScorer.Tokenize(lines[l].Text))
            {
                tokens.Add(token);
                owner.Add(l);
            }
        }
        var covered = new bool[tokens.Count];
        for (int i = 0; i + ShingleScorer.ShingleSize <= tokens.Count; i++)
        {
            if (!shingles.Contains(string.Join(' ', tokens.GetRange(i, ShingleScorer.ShingleSize)))) continue;
            for (int k = 0; k < ShingleScorer.ShingleSize; k++) covered[i + k] = true;
        }
        var coveredCounts = new int[lines.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            counts[owner[i]]++;
            if (covered[i]) coveredCounts[owner[i]]++;
        }
        var story = new bool[lines.Count];
        for (int l = 0; l < lines.Count; l++)
            story[l] = counts[l] > 0 && coveredCounts[l] >= counts[l] * Covered;
        return (story, counts);
    }
}
