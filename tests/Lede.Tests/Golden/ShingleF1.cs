using System.Text;

namespace Lede.Tests.Golden;

/// <summary>Precision, recall and F1 of one page's extracted text against its ground truth.</summary>
internal readonly record struct ShingleScore(double Precision, double Recall, double F1)
{
    public override string ToString() => $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000}";
}

/// <summary>
/// The ScrapingHub article-extraction-benchmark metric for one page: the texts become multisets of
/// 4-gram shingles over \w+ tokens, and precision and recall count shingles matched with multiplicity.
/// A stand-in until the CLI's Eval/ShingleScorer lands; it must agree with the benchmark's evaluate.py.
/// </summary>
internal static class ShingleF1
{
    public const int ShingleSize = 4;

    // Joins a shingle's tokens; a control char can never be part of a \w token.
    private const char Separator = '\u0001';

    public static ShingleScore Score(string truth, string predicted)
    {
        var truthShingles = Shingles(truth);
        var predictedShingles = Shingles(predicted);
        long truePositives = 0, falsePositives = 0, falseNegatives = 0;
        foreach (var (shingle, truthCount) in truthShingles)
        {
            int predictedCount = predictedShingles.GetValueOrDefault(shingle);
            truePositives += Math.Min(truthCount, predictedCount);
            falseNegatives += Math.Max(0, truthCount - predictedCount);
        }
        foreach (var (shingle, predictedCount) in predictedShingles)
            falsePositives += Math.Max(0, predictedCount - truthShingles.GetValueOrDefault(shingle));

        double precision = Ratio(truePositives, falsePositives, falseNegatives, truePositives + falsePositives);
        double recall = Ratio(truePositives, falsePositives, falseNegatives, truePositives + falseNegatives);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleScore(precision, recall, f1);
    }

    // evaluate.py's precision_score/recall_score: nothing missed and nothing extra is a perfect 1
    // (this covers two empty texts); nothing to count against is 0.
    private static double Ratio(long truePositives, long falsePositives, long falseNegatives, long denominator)
    {
        if (falsePositives == 0 && falseNegatives == 0)
            return 1;
        return denominator == 0 ? 0 : (double)truePositives / denominator;
    }

    /// <summary>Counts each shingle; a text of fewer than four tokens is one short shingle, as in evaluate.py.</summary>
    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int last = Math.Max(1, tokens.Count - ShingleSize + 1);
        var key = new StringBuilder();
        for (int start = 0; start < last && start < tokens.Count; start++)
        {
            key.Clear();
            int end = Math.Min(start + ShingleSize, tokens.Count);
            for (int i = start; i < end; i++)
            {
                if (i > start) key.Append(Separator);
                key.Append(tokens[i]);
            }
            var shingle = key.ToString();
            counts[shingle] = counts.GetValueOrDefault(shingle) + 1;
        }
        return counts;
    }

    /// <summary>Splits text into runs of word characters, matching Python's Unicode \w.</summary>
    internal static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int tokenStart = -1;
        int index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out int consumed);
            if (IsWordRune(rune))
            {
                if (tokenStart < 0) tokenStart = index;
            }
            else if (tokenStart >= 0)
            {
                tokens.Add(text[tokenStart..index]);
                tokenStart = -1;
            }
            index += consumed;
        }
        if (tokenStart >= 0)
            tokens.Add(text[tokenStart..]);
        return tokens;
    }

    // Python's \w on str: letters (L*), numbers (N*) and the underscore; unlike .NET's \w it has no
    // combining marks or other connector punctuation, so a decomposed accent splits a token there too.
    private static bool IsWordRune(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune) || rune.Value == '_';
}
