using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lede.PlainText;

/// <summary>
/// The learned part of the cleaner: for each line, the probability that it is story text. Two looks, each a
/// <see cref="TreeEnsemble"/>: the first reads the line's own <see cref="LineFeatures"/>; the second reads those beside
/// what the first made of the lines around it (<see cref="StoryFeatures"/>). Trained by <c>tools/Lede.Training</c> on the
/// naive scrapes of the development pages (labels: a line is story when most of its words are in the page's human-written
/// body) and shipped as the embedded resource <c>line-model.json</c>, loaded once.
/// </summary>
internal sealed class LineModel
{
    /// <summary>The model as stored: what it was trained on, both looks and the probability from which a line is story.</summary>
    internal sealed record Stored(
        [property: JsonPropertyName("description")] string Description,
        [property: JsonPropertyName("threshold")] double Threshold,
        [property: JsonPropertyName("first")] TreeEnsemble.StoredTrees First,
        [property: JsonPropertyName("second")] TreeEnsemble.StoredTrees Second);

    private const string ResourceName = "Lede.PlainText.line-model.json";

    private static readonly Lazy<LineModel> Shipped = new(() =>
    {
        using var stream = typeof(LineModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing from the build");
        return Load(stream);
    });

    public LineModel(TreeEnsemble first, TreeEnsemble? second, double threshold, string description = "")
    {
        First = first;
        Second = second;
        Threshold = threshold;
        Description = description;
    }

    /// <summary>The model shipped with Lede.</summary>
    public static LineModel Default => Shipped.Value;

    /// <summary>The first look, over <see cref="LineFeatures"/>.</summary>
    public TreeEnsemble First { get; }

    /// <summary>The second look, over <see cref="StoryFeatures"/>; null for a model of one look (the trainer measures the first alone).</summary>
    public TreeEnsemble? Second { get; }

    /// <summary>From this probability on, a line is story.</summary>
    public double Threshold { get; }

    /// <summary>What the model was trained on, as its trainer wrote it.</summary>
    public string Description { get; }

    /// <summary>Reads a model written by the trainer.</summary>
    public static LineModel Load(Stream json)
    {
        var stored = JsonSerializer.Deserialize(json, LineModelJsonContext.Default.Stored)
            ?? throw new InvalidDataException("the line model is empty");
        return new LineModel(
            new TreeEnsemble(stored.First, LineFeatures.Names),
            new TreeEnsemble(stored.Second, StoryFeatures.Names),
            stored.Threshold,
            stored.Description);
    }

    /// <summary>Each line's probability of being story, and the rows of the second look (for explanations).</summary>
    public (double[] Probabilities, float[] Rows) Score(float[] lineRows, int lines)
    {
        int f = (int)LineFeatures.F.Count;
        var first = new double[lines];
        for (int i = 0; i < lines; i++) first[i] = First.Probability(lineRows.AsSpan(i * f, f));
        var rows = StoryFeatures.Compute(lineRows, first);
        if (Second is null) return (first, rows);
        int w = StoryFeatures.Width;
        var second = new double[lines];
        for (int i = 0; i < lines; i++) second[i] = Second.Probability(rows.AsSpan(i * w, w));
        return (second, rows);
    }
}

/// <summary>Source-generated reading of the line model: no reflection at run time.</summary>
[JsonSerializable(typeof(LineModel.Stored))]
internal sealed partial class LineModelJsonContext : JsonSerializerContext;
