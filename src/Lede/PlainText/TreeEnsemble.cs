using System.Text.Json.Serialization;

namespace Lede.PlainText;

/// <summary>
/// A boosted ensemble of regression trees with a Platt calibration, as ML.NET's FastTree trains it
/// (tools/Lede.Training exports it): each tree sends a row left when its feature is at most the split's threshold,
/// the leaves' values add up to a score, and the calibration turns the score into a probability.
/// </summary>
/// <remarks>
/// Lede walks the exported trees itself rather than loading ML.NET at run time: the walk is a few lines, while ML.NET's
/// runtime would add megabytes of assemblies and a model-loading start-up to every <c>lede clean</c>. Every internal node
/// also carries the mean score of the training rows that reached it, so a decision can be explained: the change of
/// expected score along a row's path, summed per feature, says which features moved it (Saabas's attribution).
/// </remarks>
internal sealed class TreeEnsemble
{
    /// <summary>One tree: internal nodes in arrays; a child below zero is the leaf <c>~child</c>.</summary>
    internal sealed record Tree(
        [property: JsonPropertyName("feature")] int[] Feature,
        [property: JsonPropertyName("threshold")] float[] Threshold,
        [property: JsonPropertyName("left")] int[] Left,
        [property: JsonPropertyName("right")] int[] Right,
        [property: JsonPropertyName("value")] float[] Value,
        [property: JsonPropertyName("leaf")] float[] Leaf);

    /// <summary>The ensemble as stored: its feature names, trees, bias and calibration (p = 1 / (1 + e^(a·score + b))).</summary>
    internal sealed record StoredTrees(
        [property: JsonPropertyName("features")] string[] Features,
        [property: JsonPropertyName("bias")] double Bias,
        [property: JsonPropertyName("plattA")] double PlattA,
        [property: JsonPropertyName("plattB")] double PlattB,
        [property: JsonPropertyName("trees")] Tree[] Trees);

    private readonly StoredTrees _stored;

    public TreeEnsemble(StoredTrees stored, IReadOnlyList<string> expectedFeatures)
    {
        if (!stored.Features.SequenceEqual(expectedFeatures))
            throw new InvalidDataException($"the model was trained on other features than Lede computes ({stored.Features.Length} stored, {expectedFeatures.Count} computed): retrain it with tools/Lede.Training");
        foreach (var tree in stored.Trees)
        {
            int internals = tree.Feature.Length;
            if (tree.Threshold.Length != internals || tree.Left.Length != internals || tree.Right.Length != internals
                || tree.Value.Length != internals || tree.Leaf.Length != internals + 1)
                throw new InvalidDataException("a tree of the model is malformed");
        }
        _stored = stored;
    }

    /// <summary>The feature names, in row order.</summary>
    public IReadOnlyList<string> Features => _stored.Features;

    /// <summary>The raw score of a row: the bias plus every tree's leaf.</summary>
    public double Score(ReadOnlySpan<float> row)
    {
        double score = _stored.Bias;
        foreach (var tree in _stored.Trees)
        {
            int node = 0;
            if (tree.Feature.Length == 0) { score += tree.Leaf[0]; continue; }
            while (node >= 0) node = row[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
            score += tree.Leaf[~node];
        }
        return score;
    }

    /// <summary>The calibrated probability of a row.</summary>
    public double Probability(ReadOnlySpan<float> row) => Calibrate(Score(row));

    /// <summary>The probability a score stands for.</summary>
    public double Calibrate(double score) => 1 / (1 + Math.Exp(_stored.PlattA * score + _stored.PlattB));

    /// <summary>
    /// How much each feature moved the row's score from what the trees expect of any row: <paramref name="contributions"/>
    /// (one a feature) receives, for every split on the row's path, the change of expected score the split made.
    /// </summary>
    public void Explain(ReadOnlySpan<float> row, Span<double> contributions)
    {
        contributions.Clear();
        foreach (var tree in _stored.Trees)
        {
            int node = 0;
            while (node >= 0 && tree.Feature.Length > 0)
            {
                int feature = tree.Feature[node];
                int next = row[feature] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
                double after = next >= 0 ? tree.Value[next] : tree.Leaf[~next];
                contributions[feature] += after - tree.Value[node];
                node = next;
            }
        }
    }
}
