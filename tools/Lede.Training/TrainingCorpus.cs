using Lede.Cli.Eval;

namespace Lede.Training;

/// <summary>
/// The texts the line model learns from: every naive scrape of <c>benchmarks/naive-scrapes/&lt;scraper&gt;/ID.txt</c>
/// with the page's gold body from <c>benchmarks/scrapinghub/ground-truth.json</c>, and (with <c>derive</c>) layout
/// variants made from them (<see cref="LayoutVariants"/>) so that the model meets layouts the four scrapers do not write,
/// and PolNeAR's training articles as texts that are already clean (<see cref="TrainingSet.MakeClean"/>).
/// </summary>
internal static class TrainingCorpus
{
    public static List<TrainingText> Load(string benchmarks, bool derive)
    {
        var truth = ScrapingHubData.Load(Path.Combine(benchmarks, "scrapinghub")).Truth;
        var jobs = new List<(string Scraper, string Id, string Text)>();
        foreach (var folder in CleanRun.Folders(Path.Combine(benchmarks, "naive-scrapes")))
        {
            var scraper = Path.GetFileName(folder);
            foreach (var path in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileNameWithoutExtension(path);
                if (truth.ContainsKey(id)) jobs.Add((scraper, id, File.ReadAllText(path)));
            }
        }
        var texts = new TrainingText[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            texts[i] = TrainingSet.Make(jobs[i].Scraper, jobs[i].Id, jobs[i].Text, truth[jobs[i].Id]));
        var all = texts.ToList();
        if (derive)
        {
            var titles = Titles(benchmarks);
            var variants = all.SelectMany(t => LayoutVariants.Of(t, titles.GetValueOrDefault(t.Id)).Select(v => (t.Id, v.Name, v.Text))).ToList();
            var derived = new TrainingText[variants.Count];
            Parallel.For(0, variants.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
                derived[i] = TrainingSet.Make(variants[i].Name, variants[i].Id, variants[i].Text, truth[variants[i].Id], derived: true));
            all.AddRange(derived);
            all.AddRange(CleanTexts(Path.Combine(benchmarks, "polnear", "train", "text")));
        }
        return all;
    }

    // PolNeAR's training articles: news texts that are already the story (its dev split is kept apart, for `lede eval polnear`).
    private static List<TrainingText> CleanTexts(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        var paths = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var texts = new TrainingText[paths.Length];
        Parallel.For(0, paths.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
            texts[i] = TrainingSet.MakeClean("polnear-train", Path.GetFileNameWithoutExtension(paths[i]), File.ReadAllText(paths[i])));
        return [.. texts];
    }

    // The headline of each page as Lede's HTML path reads it (title accuracy 0.97 on the hand-made gold), to head the clean texts.
    private static Dictionary<string, string> Titles(string benchmarks)
    {
        var data = ScrapingHubData.Load(Path.Combine(benchmarks, "scrapinghub"));
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, path) in data.Pages())
            if (Extractor.Extract(LedeRun.Gunzip(path), data.Urls.GetValueOrDefault(id)).Article?.Title is { } title) titles[id] = title;
        return titles;
    }
}
