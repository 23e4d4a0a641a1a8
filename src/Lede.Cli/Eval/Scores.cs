namespace Lede.Cli.Eval;

/// <summary>
/// One page's shingle counts, normalised so they sum to 1 (every page weighs the same in the means).
/// </summary>
/// <param name="Tp">Shingles both in the truth and the prediction.</param>
/// <param name="Fp">Shingles only in the prediction.</param>
/// <param name="Fn">Shingles only in the truth.</param>
internal readonly record struct PageScore(double Tp, double Fp, double Fn)
{
    /// <summary>True when the page counts toward the mean precision (it predicted something that could match).</summary>
    public bool HasPrecision => Tp + Fp > 0;

    /// <summary>True when the page counts toward the mean recall (its truth has shingles).</summary>
    public bool HasRecall => Tp + Fn > 0;

    /// <summary>tp / (tp + fp); 1 for a perfect match, 0 for an empty prediction.</summary>
    public double Precision => Fp == 0 && Fn == 0 ? 1 : Tp + Fp == 0 ? 0 : Tp / (Tp + Fp);

    /// <summary>tp / (tp + fn); 1 for a perfect match, 0 when the truth is empty but the prediction is not.</summary>
    public double Recall => Fp == 0 && Fn == 0 ? 1 : Tp + Fn == 0 ? 0 : Tp / (Tp + Fn);

    /// <summary>The harmonic mean of this page's precision and recall.</summary>
    public double F1 => Scores.F1(Precision, Recall);
}

/// <summary>A whole benchmark's score: the mean page precision and recall, and their F1.</summary>
/// <param name="Precision">The mean precision over pages with a prediction.</param>
/// <param name="Recall">The mean recall over pages with a truth.</param>
/// <param name="Pages">How many pages were scored.</param>
internal readonly record struct BenchmarkScore(double Precision, double Recall, int Pages)
{
    /// <summary>2PR / (P + R).</summary>
    public double F1 => Scores.F1(Precision, Recall);
}

/// <summary>Shared arithmetic for the score records.</summary>
internal static class Scores
{
    /// <summary>The harmonic mean; 0 when both are 0.</summary>
    public static double F1(double precision, double recall)
        => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
