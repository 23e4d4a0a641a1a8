using Lede.PlainText;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Lede.Training;

/// <summary>The settings of one boosted ensemble.</summary>
internal sealed record BoostingSettings(int Trees = 300, int Leaves = 24, int MinLeafExamples = 30, double LearningRate = 0.1, double FeatureFraction = 1.0, int BaggingSize = 0, double BaggingFraction = 0.7);

/// <summary>
/// Trains a boosted tree ensemble with ML.NET's FastTree and exports it as Lede's <see cref="TreeEnsemble.StoredTrees"/>,
/// with each internal node's mean score over the training rows (for explanations). The export is checked against
/// ML.NET's own predictions before it is returned.
/// </summary>
internal static class Boosting
{
    private sealed class Row
    {
        public bool Label { get; set; }
        public float Weight { get; set; }
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    public static TreeEnsemble.StoredTrees Train(IReadOnlyList<string> names, List<(float[] Features, bool Label, float Weight)> examples, BoostingSettings settings, int seed = 1)
    {
        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, names.Count);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row { Label = e.Label, Weight = e.Weight, Features = e.Features }), schema);
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            LabelColumnName = nameof(Row.Label),
            FeatureColumnName = nameof(Row.Features),
            ExampleWeightColumnName = nameof(Row.Weight),
            NumberOfTrees = settings.Trees,
            NumberOfLeaves = settings.Leaves,
            MinimumExampleCountPerLeaf = settings.MinLeafExamples,
            LearningRate = settings.LearningRate,
            FeatureFraction = settings.FeatureFraction,
            BaggingSize = settings.BaggingSize,
            BaggingExampleFraction = settings.BaggingFraction,
            Seed = seed,
            NumberOfThreads = 2,
        });
        var transformer = trainer.Fit(data);
        var model = transformer.Model;
        var ensemble = model.SubModel.TrainedTreeEnsemble;
        var calibrator = model.Calibrator;

        var trees = new List<TreeEnsemble.Tree>();
        for (int t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            double weight = ensemble.TreeWeights[t];
            int internals = tree.NumberOfNodes;
            var leaves = tree.LeafValues.Select(v => (float)(v * weight)).ToArray();
            trees.Add(new TreeEnsemble.Tree(
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                new float[internals],
                leaves));
        }
        var stored = new TreeEnsemble.StoredTrees([.. names], ensemble.Bias, calibrator.Slope, calibrator.Offset, [.. trees]);
        FillNodeValues(stored, examples);
        Check(ml, transformer, data, stored, names, examples);
        return stored;
    }

    // Each internal node's expected score: the weighted mean of the leaf values the training rows under it reach.
    private static void FillNodeValues(TreeEnsemble.StoredTrees stored, List<(float[] Features, bool Label, float Weight)> examples)
    {
        foreach (var tree in stored.Trees)
        {
            if (tree.Feature.Length == 0) continue;
            var sum = new double[tree.Feature.Length];
            var weight = new double[tree.Feature.Length];
            foreach (var (features, _, w) in examples)
            {
                var path = new List<int>();
                int node = 0;
                while (node >= 0)
                {
                    path.Add(node);
                    node = features[tree.Feature[node]] <= tree.Threshold[node] ? tree.Left[node] : tree.Right[node];
                }
                double value = tree.Leaf[~node];
                foreach (int p in path)
                {
                    sum[p] += value * w;
                    weight[p] += w;
                }
            }
            for (int i = 0; i < tree.Feature.Length; i++) tree.Value[i] = weight[i] > 0 ? (float)(sum[i] / weight[i]) : 0;
        }
    }

    // The exported trees give ML.NET's probabilities (to float precision) on the first thousand training rows.
    private static void Check(MLContext ml, ITransformer transformer, IDataView data, TreeEnsemble.StoredTrees stored, IReadOnlyList<string> names, List<(float[] Features, bool Label, float Weight)> examples)
    {
        var ours = new TreeEnsemble(stored, names);
        var theirs = ml.Data.CreateEnumerable<Scored>(transformer.Transform(ml.Data.TakeRows(data, 1000)), reuseRowObject: false).ToList();
        for (int i = 0; i < theirs.Count; i++)
        {
            double p = ours.Probability(examples[i].Features);
            if (Math.Abs(p - theirs[i].Probability) > 1e-4)
                throw new InvalidOperationException($"the exported trees disagree with ML.NET on row {i}: {p} against {theirs[i].Probability}");
        }
    }
}
