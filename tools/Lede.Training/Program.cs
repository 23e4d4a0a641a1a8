using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lede.Cli.Eval;
using Lede.PlainText;
using Lede.Training;

// lede-train: trains the plain-text cleaner's line model on the naive scrapes of ../shared and writes it where the
// library embeds it. `--cv-only` measures without writing. See tools/Lede.Training/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = TrainingOptions.Parse(args);
if (options.Explain is { } explained)
{
    LineTable.Write(explained, Console.Out);
    return 0;
}
var shared = options.Shared ?? SharedData.Directory ?? throw new DirectoryNotFoundException("no shared data: pass --shared DIR");
var clock = Stopwatch.StartNew();
var texts = TrainingCorpus.Load(Path.Combine(shared, "benchmarks"), options.Derive);
Console.WriteLine($"{texts.Count} texts ({texts.Count(t => t.Derived)} derived), {texts.Sum(t => t.Lines.Count)} lines, {clock.Elapsed.TotalSeconds:0} s");

if (options.RulesOnly)
{
    RuleReport.Write(texts.Where(t => !t.Derived).ToList(), Console.Out);
    RuleReport.WriteAfterComments(texts.Where(t => !t.Derived).ToList(), Console.Out);
    return 0;
}

var cv = new CrossValidation(texts, options.Folds, options.First, options.Second, Console.Out);
var firsts = cv.FirstLook();
var seconds = cv.SecondLook();
double threshold = options.Threshold ?? cv.ChooseThreshold(seconds);
if (options.FirstOnly)
{
    var alone = cv.Score(firsts, new TreeEnsemble?[firsts.Length], threshold, null);
    Console.WriteLine("first look alone: " + string.Join(", ", alone.Select(s => $"{s.Key} {s.Value.F1:0.000}")));
}
var all = cv.Score(firsts, seconds, threshold, options.Predictions);
var scrapers = texts.Where(t => !t.Derived).Select(t => t.Scraper).ToHashSet();
var scores = all.Where(s => scrapers.Contains(s.Key)).ToDictionary();
var summary = string.Join(", ", scores.Select(s => $"{s.Key} {s.Value.F1:0.000}"));
Console.WriteLine($"cross-validated ({options.Folds} folds by page, through the cleaner), threshold {threshold:0.00}: {summary}; mean {scores.Values.Average(s => s.F1):0.000}  [{clock.Elapsed.TotalSeconds:0} s]");
Console.WriteLine("  layouts made here (trained on, scored for a look): " + string.Join(", ", all.Where(s => !scrapers.Contains(s.Key)).Select(s => $"{s.Key} {s.Value.F1:0.000}")));
if (options.CrossValidateOnly) return 0;

var first = Boosting.Train(LineFeatures.Names, CrossValidation.FirstExamples(texts), options.First);
var second = Boosting.Train(StoryFeatures.Names, CrossValidation.SecondExamples(texts), options.Second);
var description = $"Trained by tools/Lede.Training on {texts.Count(t => !t.Derived)} naive scrapes of the 181 ScrapingHub pages ({string.Join(", ", scores.Keys)})"
    + $" and {texts.Count(t => t.Derived)} layout variants made from them; first look {options.First}, second look {options.Second};"
    + $" {options.Folds}-fold cross-validated F1 through the cleaner: {summary}.";
var stored = new LineModel.Stored(description, threshold, first, second);
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
using (var file = File.Create(options.Output))
    JsonSerializer.Serialize(file, stored, LineModelJsonContext.Default.Stored);
Console.WriteLine($"wrote {options.Output} ({new FileInfo(options.Output).Length / 1024} KiB) [{clock.Elapsed.TotalSeconds:0} s]");
return 0;
