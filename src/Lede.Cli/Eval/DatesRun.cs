using System.Globalization;
using System.Text.Json;

namespace Lede.Cli.Eval;

/// <summary>One page of a date benchmark: its name, collection, URL and the day a person determined it was published (null: none).</summary>
internal sealed record DatedPage(string Name, string Collection, string? Url, string? Published);

/// <summary>Lede's day for one page, and where it came from (the metadata trace's source).</summary>
internal sealed record DatedOutcome(DatedPage Page, string? Predicted, string? Source)
{
    public bool Right => Predicted == Page.Published;
}

/// <summary>
/// Accuracy over every page (no date counts as wrong, but where the gold has none too) and precision over the pages
/// given a date (the share of them given the right one).
/// </summary>
internal sealed record DateScores(int Pages, int Given, int Right, int RightGiven)
{
    public double Accuracy => Pages == 0 ? 0 : Right / (double)Pages;
    public double Precision => Given == 0 ? 0 : RightGiven / (double)Given;

    public static DateScores Of(IEnumerable<DatedOutcome> outcomes)
    {
        int pages = 0, given = 0, right = 0, rightGiven = 0;
        foreach (var o in outcomes)
        {
            pages++;
            if (o.Right) right++;
            if (o.Predicted is null) continue;
            given++;
            if (o.Right) rightGiven++;
        }
        return new DateScores(pages, given, right, rightGiven);
    }
}

/// <summary>
/// Runs the public extractor over a folder of date-annotated pages (<c>html/NAME.html.gz</c> and <c>gold.json</c>, as
/// htmldate's evaluation set is laid out) and scores the publication day it gives, as htmldate's own evaluation scores
/// it: the page's bytes as stored, with or without its URL.
/// </summary>
internal static class DatesRun
{
    /// <summary>The gold of <c>gold.json</c>: NAME → {url, published, collection}.</summary>
    public static List<DatedPage> Load(string root)
    {
        var path = Path.Combine(root, "gold.json");
        if (!File.Exists(path)) throw new FileNotFoundException($"no gold.json in {root}", path);
        // htmldate's gold is written by Python, which writes a page without a day as NaN: not JSON, read as null.
        var text = File.ReadAllText(path).Replace(": NaN", ": null", StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        var pages = new List<DatedPage>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var value = entry.Value;
            pages.Add(new DatedPage(
                entry.Name,
                value.TryGetProperty("collection", out var c) ? c.GetString() ?? "" : "",
                value.TryGetProperty("url", out var u) ? u.GetString() : null,
                value.GetProperty("published").GetString()));
        }
        pages.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return pages;
    }

    /// <summary>Extracts each page (metadata only) and compares its published day with the gold's.</summary>
    public static List<DatedOutcome> Run(string root, IReadOnlyList<DatedPage> pages, bool withUrl, CancellationToken cancellationToken)
    {
        var options = new ExtractionOptions { Explain = true }; // the whole extraction, as a user runs it
        var outcomes = new List<DatedOutcome>(pages.Count);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = LedeRun.Gunzip(Path.Combine(root, "html", page.Name + ".html.gz"));
            var result = Extractor.Extract(bytes, withUrl ? page.Url : null, options, cancellationToken);
            var day = result.Article?.Published?.Date is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            var source = result.Trace.FirstOrDefault(t => t.What.StartsWith("published:", StringComparison.Ordinal))?.Why;
            outcomes.Add(new DatedOutcome(page, day, source));
        }
        return outcomes;
    }
}
