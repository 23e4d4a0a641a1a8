using System.Text.Json;

namespace Lede.Cli.Eval;

/// <summary>One page of the hand-made gold on htmldate's pages: its metadata, what kind of page it is, and its story's body.</summary>
/// <param name="Meta">The metadata fields, as the ScrapingHub pages' gold has them.</param>
/// <param name="Collection">htmldate's collection of the page ("bbaw", "mediacloud").</param>
/// <param name="Kind">"article", "listing" or "other".</param>
/// <param name="Body">The story's text as a reader reads it, blocks apart by a blank line; empty for a page with no article.</param>
internal sealed record HandPage(GoldPage Meta, string Collection, string Kind, string Body)
{
    /// <summary>Whether the page holds an article (listings and other pages have no body to score).</summary>
    public bool IsArticle => Kind == "article";

    /// <summary>Whether its metadata is scored: every page but one with no headline of its own (a home page, a bare post).</summary>
    public bool HasMetadata => Meta.Title.Length > 0;
}

/// <summary>
/// The hand-made gold of htmldate's pages (<c>tests/Lede.Tests/Gold/htmldate/NAME.json</c>, one file a page, made as the
/// README beside them says): read for <c>lede eval metadata</c> (beside the ScrapingHub pages' metadata gold) and
/// <c>lede eval scrapinghub</c> (the body, beside the 181 pages).
/// </summary>
internal static class HandGold
{
    /// <summary>Where the gold folder sits inside the repository.</summary>
    public static readonly string RepositoryPath = Path.Combine("tests", "Lede.Tests", "Gold", "htmldate");

    /// <summary>The gold folder found walking up from the program's folder, then from the current one; null when absent.</summary>
    public static string? DefaultFolder()
    {
        foreach (var start in (string[])[AppContext.BaseDirectory, Environment.CurrentDirectory])
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (Directory.Exists(Path.Combine(folder.FullName, RepositoryPath))) return Path.Combine(folder.FullName, RepositoryPath);
        return null;
    }

    /// <summary>Reads every page of the folder, in name order.</summary>
    /// <exception cref="InvalidDataException">A file lacks a field or has a malformed one.</exception>
    public static IReadOnlyList<HandPage> Load(string folder)
    {
        var pages = new List<HandPage>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var entry = json.RootElement;
            var kind = ScrapingHubData.StringProperty(entry, "kind") ?? throw new InvalidDataException($"{path}: missing \"kind\"");
            if (kind is not ("article" or "listing" or "other")) throw new InvalidDataException($"{path}: \"kind\" is article, listing or other, not {kind}");
            // A page that is no article may have no headline of its own; its metadata is then not scored.
            var meta = kind != "article" && string.IsNullOrEmpty(ScrapingHubData.StringProperty(entry, "title"))
                ? new GoldPage(ScrapingHubData.StringProperty(entry, "id") ?? "", ScrapingHubData.StringProperty(entry, "url"), "", [], null, null, null, "", null)
                : MetadataGold.Read(entry, path, pages.Count);
            var name = Path.GetFileNameWithoutExtension(path);
            if (meta.Id != name) throw new InvalidDataException($"{path}: \"id\" is {meta.Id}, not the file's name");
            pages.Add(new HandPage(meta, ScrapingHubData.StringProperty(entry, "collection") ?? "", kind, ScrapingHubData.StringProperty(entry, "body") ?? ""));
        }
        return pages;
    }
}

/// <summary>Lede's bodies of the hand-made gold's articles, scored with the ScrapingHub metric, as for the 181 pages.</summary>
internal static class HandBodyRun
{
    /// <summary>Extracts every article of the gold from <paramref name="htmldateRoot"/>'s pages (with its URL) and scores its body.</summary>
    public static ScoredSubject Run(string htmldateRoot, IReadOnlyList<HandPage> pages, ExtractionOptions options, string name, CancellationToken cancellationToken)
    {
        var truth = new Dictionary<string, string>(StringComparer.Ordinal);
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.IsArticle))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = LedeRun.Gunzip(Path.Combine(htmldateRoot, "html", page.Meta.Id + ".html.gz"));
            predictions[page.Meta.Id] = Extractor.Extract(bytes, page.Meta.Url, options, cancellationToken).Article?.Text ?? "";
            truth[page.Meta.Id] = page.Body;
        }
        return ScoredSubject.Score(name, truth, predictions);
    }
}
