using System.CommandLine;
using Lede.Cli.Eval;

namespace Lede.Cli.Commands;

/// <summary>
/// <c>lede eval scrapinghub [DIR]</c>: Lede's accuracy on the ScrapingHub article-extraction benchmark, scored
/// as the benchmark scores it, beside the peers' published outputs. <c>lede eval metadata [DIR]</c>: the accuracy
/// of Lede's metadata on the hand-made gold set over the same pages. Exit codes as for <c>extract</c>: 0 done,
/// 1 bad input (missing data, unreadable JSON), 2 a usage error.
/// </summary>
internal static class EvalCommand
{
    /// <summary>Builds <c>eval</c> and its benchmarks.</summary>
    public static Command Create() => new("eval", "Score extraction accuracy on a benchmark.") { ScrapingHub(), Metadata(), Polnear(), Clean(), EvalDatesCommand.Create() };

    private static Command ScrapingHub()
    {
        var dir = new Argument<string?>("dir")
        {
            Description = $"The benchmark folder (html/, ground-truth.json, peers/). Default: benchmarks/scrapinghub in the shared data (${SharedData.EnvironmentVariable}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var preset = PresetOption.Create();
        var predictions = new Option<string?>("--predictions") { Description = "Where to write Lede's predictions. Default: out/lede-<preset>.json." };
        var peer = new Option<string[]>("--peer") { Description = "Score this predictions file instead of running Lede (repeatable)." };
        var worst = new Option<int>("--worst") { Description = "How many of the worst pages to list; 0 lists all.", DefaultValueFactory = _ => 20 };
        worst.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--worst must be 0 or more.");
        });

        var command = new Command("scrapinghub", "Score on the ScrapingHub article-extraction benchmark (181 news pages).")
        {
            dir, preset, predictions, peer, worst,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.GuardAsync(error, () => Task.FromResult(Run(
                parse.GetValue(dir) ?? SharedData.ScrapingHub,
                parse.GetValue(preset)!,
                parse.GetValue(predictions),
                parse.GetValue(peer) ?? [],
                parse.GetValue(worst),
                parse.InvocationConfiguration.Output,
                cancellationToken)));
        });
        return command;
    }

    private static Command Metadata()
    {
        var dir = new Argument<string?>("dir")
        {
            Description = $"The benchmark folder holding html/. Default: benchmarks/scrapinghub in the shared data (${SharedData.EnvironmentVariable}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var gold = new Option<string?>("--gold") { Description = $"The gold file. Default: the repository's {MetadataGold.RepositoryPath}, found from the program's or the current folder." };
        var preset = PresetOption.Create();
        var report = new Option<string?>("--out") { Description = "Where to write the JSON report. Default: out/metadata-<preset>.json." };

        var command = new Command("metadata", "Score title, authors, published day, site name and language on the hand-made gold pages.")
        {
            dir, gold, preset, report,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.GuardAsync(error, () => Task.FromResult(RunMetadata(
                parse.GetValue(dir) ?? SharedData.ScrapingHub,
                parse.GetValue(gold) ?? MetadataGold.DefaultPath(),
                parse.GetValue(preset)!,
                parse.GetValue(report),
                parse.InvocationConfiguration.Output,
                cancellationToken)));
        });
        return command;
    }

    private static Command Polnear()
    {
        var dir = new Argument<string?>("dir")
        {
            Description = $"The PolNeAR folder (dev/, train/). Default: benchmarks/polnear in the shared data (${SharedData.EnvironmentVariable}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var split = new Option<string>("--split") { Description = "The split to score: dev or train.", DefaultValueFactory = _ => "dev" };
        Choices.Restrict(split, ["dev"], ["train"]);
        var details = new Option<bool>("--details") { Description = "List each missed, extra and misattributed quotation, and each line the cleaner lost." };
        var command = new Command("polnear", "Score quotation detection and attribution on PolNeAR (political news, brat attributions), through Extractor.Clean.")
        {
            dir, split, details,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.GuardAsync(error, () =>
            {
                var root = parse.GetValue(dir) ?? SharedData.Polnear
                    ?? throw new DirectoryNotFoundException($"no PolNeAR data found: pass DIR or set {SharedData.EnvironmentVariable}");
                PolnearRun.Run(root, parse.GetValue(split)!, parse.InvocationConfiguration.Output, parse.GetValue(details), cancellationToken);
                return Task.FromResult(ExitCodes.Ok);
            });
        });
        return command;
    }

    private static Command Clean()
    {
        var dir = new Argument<string?>("dir")
        {
            Description = $"A folder of naive scrapes (ID.txt, the benchmark's IDs), or a folder of such folders (one per scraper). Default: benchmarks/naive-scrapes in the shared data (${SharedData.EnvironmentVariable}).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var truth = new Option<string?>("--truth") { Description = "The gold bodies (the ScrapingHub ground-truth.json). Default: benchmarks/scrapinghub/ground-truth.json in the shared data." };
        var worst = new Option<int>("--worst") { Description = "How many of the worst texts to list per folder; 0 lists all.", DefaultValueFactory = _ => 10 };
        worst.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 0)
                result.AddError("--worst must be 0 or more.");
        });
        var predictions = new Option<string?>("--predictions") { Description = "The folder to write the cleaned texts to, one file per scraper folder (clean-<folder>.json, the benchmark's format). Default: out." };
        var command = new Command("clean", "Score the plain-text cleaner on naive scrapes of the ScrapingHub pages, per scraper, against the human bodies.")
        {
            dir, truth, worst, predictions,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            return UserErrors.GuardAsync(error, () => Task.FromResult(RunClean(
                parse.GetValue(dir) ?? SharedData.NaiveScrapes,
                parse.GetValue(truth) ?? (SharedData.ScrapingHub is { } hub ? Path.Combine(hub, "ground-truth.json") : null),
                parse.GetValue(worst),
                parse.GetValue(predictions) ?? "out",
                parse.InvocationConfiguration.Output,
                cancellationToken)));
        });
        return command;
    }

    private static int RunClean(string? root, string? truthPath, int worst, string predictionsFolder, TextWriter output, CancellationToken cancellationToken)
    {
        if (root is null)
            throw new DirectoryNotFoundException($"no naive scrapes found: pass DIR or set {SharedData.EnvironmentVariable}");
        if (truthPath is null || !File.Exists(truthPath))
            throw new FileNotFoundException($"no ground truth found{(truthPath is null ? "" : " at " + truthPath)}: pass --truth or set {SharedData.EnvironmentVariable}");
        var truth = ScrapingHubData.Load(Path.GetDirectoryName(Path.GetFullPath(truthPath))!).Truth;
        var runs = new List<CleanRunResult>();
        foreach (var folder in CleanRun.Folders(root))
        {
            var run = CleanRun.Run(folder, truth, ExtractionOptions.Default, cancellationToken);
            var path = Path.Combine(predictionsFolder, $"clean-{run.Name}.json");
            PredictionsFile.Write(path, LedeVersion.Value, run.Predictions);
            EvalReport.WriteCleanRun(output, run, path);
            EvalReport.WritePages(output, run.Cleaned, [run.AsIs], worst);
            runs.Add(run);
        }
        EvalReport.WriteTotals(output, [.. runs.Select(r => r.Cleaned)], [.. runs.Select(r => r.AsIs)]);
        return ExitCodes.Ok;
    }

    private static int RunMetadata(string? root, string? goldPath, string preset, string? reportPath, TextWriter output, CancellationToken cancellationToken)
    {
        if (root is null)
            throw new DirectoryNotFoundException($"no benchmark data found: pass DIR or set {SharedData.EnvironmentVariable}");
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"no benchmark folder at {root}");
        if (goldPath is null)
            throw new FileNotFoundException($"no gold file found: pass --gold or run from the repository ({MetadataGold.RepositoryPath})");
        var gold = MetadataGold.Load(goldPath);
        var run = MetadataRun.Run(root, gold, new ExtractionOptions { Focus = PresetOption.ToFocus(preset) }, cancellationToken);
        var path = reportPath ?? Path.Combine("out", $"metadata-{preset}.json");
        MetadataReport.WriteJson(path, preset, run, Path.GetFullPath(goldPath));
        MetadataReport.WriteText(output, $"lede {preset}", run, Path.GetFullPath(goldPath), path);

        // The hand-made gold of htmldate's pages, beside: scored alone, then with the ScrapingHub pages as one set.
        if (HandGold.DefaultFolder() is not { } handFolder || SharedData.HtmldateDates is not { } htmldate) return ExitCodes.Ok;
        var hand = HandGold.Load(handFolder).Where(p => p.HasMetadata).Select(p => p.Meta).ToList();
        var handRun = MetadataRun.Run(htmldate, hand, new ExtractionOptions { Focus = PresetOption.ToFocus(preset) }, cancellationToken);
        var handPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $"metadata-htmldate-{preset}.json");
        MetadataReport.WriteJson(handPath, preset, handRun, handFolder);
        output.WriteLine();
        MetadataReport.WriteText(output, $"lede {preset} on htmldate's pages", handRun, handFolder, handPath);
        output.WriteLine();
        output.WriteLine($"all {run.Totals.Pages.Count + handRun.Totals.Pages.Count} hand-annotated pages");
        MetadataReport.WriteAccuracy(output, new MetadataTotals([.. run.Totals.Pages, .. handRun.Totals.Pages]));
        return ExitCodes.Ok;
    }

    private static int Run(string? root, string preset, string? predictionsPath, string[] peerFiles, int worst, TextWriter output, CancellationToken cancellationToken)
    {
        if (root is null)
            throw new DirectoryNotFoundException($"no benchmark data found: pass DIR or set {SharedData.EnvironmentVariable}");
        var data = ScrapingHubData.Load(root);
        var peers = data.PeerFiles().Select(p => ScoredSubject.Score(p.Name, data.Truth, PredictionsFile.Read(p.Path))).ToList();
        List<ScoredSubject> subjects = peerFiles.Length > 0
            ? peerFiles.Select(file => ScoredSubject.Score(Path.GetFileNameWithoutExtension(file), data.Truth, PredictionsFile.Read(file))).ToList()
            : [RunLede(data, preset, predictionsPath, output, cancellationToken)];

        foreach (var subject in subjects)
            EvalReport.WritePages(output, subject, peers, worst);
        EvalReport.WriteTotals(output, subjects, peers);

        // Beside the 181 pages: the bodies of the hand-made gold of htmldate's pages (many sites and languages).
        if (peerFiles.Length > 0 || HandGold.DefaultFolder() is not { } handFolder || SharedData.HtmldateDates is not { } htmldate) return ExitCodes.Ok;
        var hand = HandBodyRun.Run(htmldate, HandGold.Load(handFolder), new ExtractionOptions { Focus = PresetOption.ToFocus(preset) },
            $"lede {preset} (htmldate pages)", cancellationToken);
        output.WriteLine();
        EvalReport.WritePages(output, hand, [], worst);
        EvalReport.WriteTotals(output, [hand], []);
        return ExitCodes.Ok;
    }

    private static ScoredSubject RunLede(ScrapingHubData data, string preset, string? predictionsPath, TextWriter output, CancellationToken cancellationToken)
    {
        if (data.Pages().Count == 0)
            throw new InvalidDataException($"no pages in {Path.Combine(data.Root, "html")}");
        var name = $"lede {preset}";
        var run = LedeRun.Run(data, new ExtractionOptions { Focus = PresetOption.ToFocus(preset) }, cancellationToken);
        var path = predictionsPath ?? Path.Combine("out", $"lede-{preset}.json");
        PredictionsFile.Write(path, LedeVersion.Value, run.Predictions);
        EvalReport.WriteRun(output, name, run, path);
        return ScoredSubject.Score(name, data.Truth, run.Predictions);
    }
}
