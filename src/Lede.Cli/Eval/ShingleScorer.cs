using System.Globalization;
using System.Text;

namespace Lede.Cli.Eval;

/// <summary>
/// Scores extracted text against a human-annotated body exactly as the ScrapingHub article-extraction
/// benchmark does (its evaluate.py): shingles of 4 consecutive word tokens, counted as a multiset.
/// </summary>
internal static class ShingleScorer
{
    /// <summary>Tokens per shingle.</summary>
    public const int ShingleSize = 4;

    /// <summary>
    /// The maximal runs of word characters, case kept. A word character is what Python's <c>re</c> means by
    /// <c>\w</c> on text: a letter, a number of any kind (so <c>²</c> and <c>½</c> count) or <c>_</c>.
    /// This is not .NET's <c>\w</c>, which also takes combining marks and every connector punctuation, and
    /// reads UTF-16 units rather than code points.
    /// </summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int start = -1;
        int index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (start < 0) start = index;
            }
            else if (start >= 0)
            {
                tokens.Add(text[start..index]);
                start = -1;
            }
            index += rune.Utf16SequenceLength;
        }
        if (start >= 0)
            tokens.Add(text[start..]);
        return tokens;
    }

    /// <summary>
    /// The text's shingles with their counts. A text of fewer than <see cref="ShingleSize"/> tokens gives one
    /// shingle of all its tokens; a text without tokens gives none. A shingle is its tokens joined by a space,
    /// which no token contains.
    /// </summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return shingles;
        int count = Math.Max(1, tokens.Count - ShingleSize + 1);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            sb.Clear();
            for (int j = i; j < Math.Min(i + ShingleSize, tokens.Count); j++)
            {
                if (j > i) sb.Append(' ');
                sb.Append(tokens[j]);
            }
            var key = sb.ToString();
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>One page's tp, fp and fn over shingles, each divided by their sum when it is above 0.</summary>
    public static PageScore ScorePage(string truth, string prediction)
    {
        var expected = Shingles(truth);
        var predicted = Shingles(prediction);
        long tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, want) in expected)
        {
            int got = predicted.GetValueOrDefault(shingle);
            tp += Math.Min(want, got);
            fn += Math.Max(0, want - got);
            fp += Math.Max(0, got - want);
        }
        foreach (var (shingle, got) in predicted)
        {
            if (!expected.ContainsKey(shingle))
                fp += got;
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
    }

    /// <summary>
    /// The benchmark's totals: precision is the mean page precision over pages with tp + fp above 0, recall
    /// the mean page recall over pages with tp + fn above 0 (0 when no page qualifies).
    /// </summary>
    public static BenchmarkScore Summarize(IReadOnlyCollection<PageScore> pages)
    {
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.HasPrecision) { precisionSum += page.Precision; precisionPages++; }
            if (page.HasRecall) { recallSum += page.Recall; recallPages++; }
        }
        return new BenchmarkScore(
            precisionPages > 0 ? precisionSum / precisionPages : 0,
            recallPages > 0 ? recallSum / recallPages : 0,
            pages.Count);
    }

    // Python's str.isalnum() or '_': the letter categories Lu Ll Lt Lm Lo and the number categories Nd Nl No.
    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
            return true;
        var category = Rune.GetUnicodeCategory(rune);
        return category <= UnicodeCategory.OtherLetter
            || category is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }
}
