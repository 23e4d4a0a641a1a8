namespace Lede.Training;

/// <summary>The trainer's command line: <c>[--shared DIR] [--out FILE] [--folds N] [--threshold P] [--no-derive] [--cv-only] [--rules] [--explain TEXT] [--predictions DIR] [--trees N] [--leaves N] [--min-leaf N] [--rate R]</c>.</summary>
internal sealed record TrainingOptions
{
    public string? Shared { get; init; }
    public string Output { get; init; } = Path.Combine("src", "Lede", "PlainText", "line-model.json");
    public int Folds { get; init; } = 5;
    public double? Threshold { get; init; }
    public bool Derive { get; init; } = true;
    public bool CrossValidateOnly { get; init; }
    public string? Predictions { get; init; }
    public bool FirstOnly { get; init; }
    public bool RulesOnly { get; init; }
    public string? Explain { get; init; }
    public BoostingSettings First { get; init; } = new();
    public BoostingSettings Second { get; init; } = new(Trees: 200, Leaves: 16);

    public static TrainingOptions Parse(string[] args)
    {
        var options = new TrainingOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--shared" => options with { Shared = Value() },
                "--out" => options with { Output = Value() },
                "--folds" => options with { Folds = int.Parse(Value()) },
                "--threshold" => options with { Threshold = double.Parse(Value()) },
                "--trees" => options with { First = options.First with { Trees = int.Parse(Value()) } },
                "--leaves" => options with { First = options.First with { Leaves = int.Parse(Value()) } },
                "--no-derive" => options with { Derive = false },
                "--cv-only" => options with { CrossValidateOnly = true },
                "--predictions" => options with { Predictions = Value() },
                "--first-alone" => options with { FirstOnly = true },
                "--rules" => options with { RulesOnly = true, Derive = false },
                "--explain" => options with { Explain = Value() },
                "--trees2" => options with { Second = options.Second with { Trees = int.Parse(Value()) } },
                "--leaves2" => options with { Second = options.Second with { Leaves = int.Parse(Value()) } },
                "--features" => double.Parse(Value()) is var f ? options with { First = options.First with { FeatureFraction = f }, Second = options.Second with { FeatureFraction = f } } : options,
                "--bagging" => int.Parse(Value()) is var b ? options with { First = options.First with { BaggingSize = b }, Second = options.Second with { BaggingSize = b } } : options,
                "--min-leaf" => int.Parse(Value()) is var m ? options with { First = options.First with { MinLeafExamples = m }, Second = options.Second with { MinLeafExamples = m } } : options,
                "--rate" => double.Parse(Value()) is var r ? options with { First = options.First with { LearningRate = r }, Second = options.Second with { LearningRate = r } } : options,
                _ => throw new ArgumentException($"unknown argument {args[i]}"),
            };
        }
        return options;
    }
}
