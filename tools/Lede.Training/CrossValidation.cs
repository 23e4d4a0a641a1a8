using System.Collections.Concurrent;
using Lede.Cli.Eval;
using Lede.PlainText;

namespace Lede.Training;

/// <summary>
/// Trains the two looks of the line model and measures them honestly: pages are split into folds (every scraper's text
/// of a page in the same fold, so no page is both learnt and scored), each fold is cleaned by models that never saw it
/// — through <see cref="TextCleaner"/>, the path <c>Extractor.Clean</c> takes — and scored with the benchmark's scorer.
/// The second look learns from first-look probabilities made out of fold, as it will meet them on unseen text.
/// </summary>
internal sealed class CrossValidation(IReadOnlyList<TrainingText> texts, int folds, BoostingSettings first, BoostingSettings second, TextWriter log)
{
    private int FoldOf(TrainingText text) => (int)((uint)StableHash(text.Id) % (uint)folds);

    /// <summary>Fills every text's out-of-fold first-look probabilities; returns the first look of each fold.</summary>
    public TreeEnsemble[] FirstLook()
    {
        var models = new TreeEnsemble[folds];
        for (int k = 0; k < folds; k++)
        {
            var train = texts.Where(t => FoldOf(t) != k).ToList();
            var stored = Boosting.Train(LineFeatures.Names, FirstExamples(train), first);
            models[k] = new TreeEnsemble(stored, LineFeatures.Names);
            foreach (var text in texts.Where(t => FoldOf(t) == k))
                text.OutOfFold = Probabilities(models[k], text.Rows, (int)LineFeatures.F.Count);
            log.WriteLine($"  first look, fold {k + 1}/{folds}: {train.Count} texts");
        }
        return models;
    }

    /// <summary>The second look of each fold, learnt from the other folds' out-of-fold probabilities.</summary>
    public TreeEnsemble[] SecondLook()
    {
        var models = new TreeEnsemble[folds];
        for (int k = 0; k < folds; k++)
        {
            var train = texts.Where(t => FoldOf(t) != k).ToList();
            models[k] = new TreeEnsemble(Boosting.Train(StoryFeatures.Names, SecondExamples(train), second), StoryFeatures.Names);
            log.WriteLine($"  second look, fold {k + 1}/{folds}: {train.Count} texts");
        }
        return models;
    }

    /// <summary>The threshold that gives the best mean F1 when lines are kept by the second look's out-of-fold probability alone.</summary>
    public double ChooseThreshold(TreeEnsemble[] seconds)
    {
        var scored = texts.Where(t => !t.Derived).Select(t => (Text: t, P: Probabilities(seconds[FoldOf(t)], StoryFeatures.Compute(t.Rows, t.OutOfFold!), StoryFeatures.Width))).ToList();
        double best = 0.5, bestF1 = -1;
        for (double threshold = 0.2; threshold <= 0.8001; threshold += 0.05)
        {
            var pages = scored.Select(s => ShingleScorer.ScorePage(s.Text.Gold, string.Join("\n", s.Text.Lines.Where((_, i) => s.P[i] >= threshold).Select(l => l.Text)))).ToList();
            double f1 = ShingleScorer.Summarize(pages).F1;
            log.WriteLine($"  threshold {threshold:0.00}: lines kept alone F1 {f1:0.0000}");
            if (f1 > bestF1) { bestF1 = f1; best = threshold; }
        }
        return Math.Round(best, 2);
    }

    /// <summary>Cleans every scored text with its fold's models through the cleaner and scores it, per scraper.</summary>
    /// <remarks>Derived texts are scored too, under their variant's name, for a look at layouts the scrapers do not write.</remarks>
    public IReadOnlyDictionary<string, BenchmarkScore> Score(TreeEnsemble[] firsts, TreeEnsemble?[] seconds, double threshold, string? predictionsFolder)
    {
        var byScraper = new ConcurrentDictionary<string, ConcurrentDictionary<string, (PageScore Score, string Text)>>();
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, text =>
        {
            int k = FoldOf(text);
            var model = new LineModel(firsts[k], seconds[k], threshold);
            var result = TextCleaner.Run(text.Text, ExtractionOptions.Default, model, CancellationToken.None);
            var cleaned = result.Article?.Text ?? "";
            byScraper.GetOrAdd(text.Scraper, _ => new())[text.Id] = (ShingleScorer.ScorePage(text.Gold, cleaned), cleaned);
        });
        if (predictionsFolder is not null)
            WriteLines(Path.Combine(predictionsFolder, "cv-lines.tsv"), seconds!);
        if (predictionsFolder is not null)
            foreach (var (scraper, pages) in byScraper)
                PredictionsFile.Write(Path.Combine(predictionsFolder, $"cv-{scraper}.json"), "cv", pages.ToDictionary(p => p.Key, p => p.Value.Text, StringComparer.Ordinal));
        return byScraper.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => ShingleScorer.Summarize(kv.Value.Values.Select(v => v.Score).ToList()));
    }

    // Every line with its label and both looks' out-of-fold probabilities, for reading the model's mistakes.
    private void WriteLines(string path, TreeEnsemble?[] seconds)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        writer.WriteLine("scraper\tid\tline\tlabel\tp1\tp2\ttext");
        foreach (var text in texts)
        {
            var p2 = seconds[FoldOf(text)] is { } second ? Probabilities(second, StoryFeatures.Compute(text.Rows, text.OutOfFold!), StoryFeatures.Width) : text.OutOfFold!;
            for (int i = 0; i < text.Lines.Count; i++)
            {
                var line = text.Lines[i].Text;
                writer.WriteLine($"{text.Scraper}\t{text.Id[..8]}\t{text.Lines[i].Number}\t{(text.Story[i] ? 1 : 0)}\t{text.OutOfFold![i]:0.000}\t{p2[i]:0.000}\t{(line.Length > 150 ? line[..150] : line).Replace('\t', ' ')}");
            }
        }
    }

    public static List<(float[] Features, bool Label, float Weight)> FirstExamples(IEnumerable<TrainingText> texts)
    {
        var examples = new List<(float[], bool, float)>();
        int f = (int)LineFeatures.F.Count;
        foreach (var text in texts)
            for (int i = 0; i < text.Lines.Count; i++)
                examples.Add((text.Rows.AsSpan(i * f, f).ToArray(), text.Story[i], text.Weights[i]));
        return examples;
    }

    public static List<(float[] Features, bool Label, float Weight)> SecondExamples(IEnumerable<TrainingText> texts)
    {
        var examples = new List<(float[], bool, float)>();
        int w = StoryFeatures.Width;
        foreach (var text in texts)
        {
            var rows = StoryFeatures.Compute(text.Rows, text.OutOfFold!);
            for (int i = 0; i < text.Lines.Count; i++)
                examples.Add((rows.AsSpan(i * w, w).ToArray(), text.Story[i], text.Weights[i]));
        }
        return examples;
    }

    public static double[] Probabilities(TreeEnsemble model, float[] rows, int width)
    {
        int n = rows.Length / width;
        var p = new double[n];
        for (int i = 0; i < n; i++) p[i] = model.Probability(rows.AsSpan(i * width, width));
        return p;
    }

    // A hash that does not change from run to run (string.GetHashCode does), so folds are the same every time.
    private static int StableHash(string s)
    {
        unchecked
        {
            int h = (int)2166136261;
            foreach (char c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }
}
