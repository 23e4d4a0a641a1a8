using System.Globalization;
using System.Text.Json;

namespace Lede.Cli.Eval;

/// <summary>One hand-annotated page of the metadata gold set: what the page shows a reader.</summary>
/// <param name="Id">The ScrapingHub page ID (its file name without <c>.html.gz</c>).</param>
/// <param name="Url">The page URL, passed to the extractor.</param>
/// <param name="Title">The headline as shown on the page.</param>
/// <param name="Authors">The people in the byline; empty when the page names none.</param>
/// <param name="Publisher">An organisation shown in the byline (not scored), or null.</param>
/// <param name="Published">The calendar day shown as the publication date, or null when the page shows none.</param>
/// <param name="SiteName">The site's name as it calls itself.</param>
/// <param name="Language">The ISO 639-1 code of the article text.</param>
/// <param name="Note">How the values were read, and any ambiguity.</param>
internal sealed record GoldPage(
    string Id,
    string? Url,
    string Title,
    IReadOnlyList<string> Authors,
    string? Publisher,
    DateOnly? Published,
    string? SiteName,
    string Language,
    string? Note);

/// <summary>
/// The metadata gold set (<c>tests/Lede.Tests/Metadata/metadata-gold.json</c>): a JSON array of
/// <c>{id, url, title, authors, publisher, published, siteName, language, note}</c>, made as
/// <c>metadata-gold.md</c> beside it describes.
/// </summary>
internal static class MetadataGold
{
    /// <summary>The gold file's name.</summary>
    public const string FileName = "metadata-gold.json";

    /// <summary>Where the gold file sits inside the repository.</summary>
    public static readonly string RepositoryPath = Path.Combine("tests", "Lede.Tests", "Metadata", FileName);

    /// <summary>
    /// The gold file when the user names none: next to the program, else the repository's copy found walking up
    /// from the program's folder, then from the current folder (so <c>dotnet run</c> from the repository finds it).
    /// Null when there is none.
    /// </summary>
    public static string? DefaultPath() => Find([AppContext.BaseDirectory, Environment.CurrentDirectory]);

    /// <summary>The search itself, apart from the process state, so it can be tested.</summary>
    internal static string? Find(IEnumerable<string> startFolders)
    {
        var starts = startFolders.ToList();
        foreach (var start in starts)
        {
            var beside = Path.Combine(start, FileName);
            if (File.Exists(beside))
                return Path.GetFullPath(beside);
        }
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RepositoryPath);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }

    /// <summary>Reads and checks a gold file.</summary>
    /// <exception cref="IOException">The file is missing or unreadable.</exception>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    /// <exception cref="InvalidDataException">An entry lacks a required field or has a malformed one.</exception>
    public static IReadOnlyList<GoldPage> Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        if (json.RootElement.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{path}: expected a JSON array of gold pages");
        var pages = new List<GoldPage>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var page = Read(entry, path, pages.Count);
            if (!ids.Add(page.Id))
                throw new InvalidDataException($"{path}: page {page.Id} is annotated twice");
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>Reads one entry's metadata fields (the htmldate pages' gold shares them).</summary>
    internal static GoldPage Read(JsonElement entry, string path, int index)
    {
        string where = $"{path}: entry {index}";
        string Required(string name) => ScrapingHubData.StringProperty(entry, name) is { Length: > 0 } value
            ? value
            : throw new InvalidDataException($"{where}: missing \"{name}\"");
        string? Optional(string name) => ScrapingHubData.StringProperty(entry, name);

        var id = Required("id");
        where = $"{path}: page {id}";
        return new GoldPage(id, Optional("url"), Required("title"), Authors(entry, where), Optional("publisher"),
            Day(Optional("published"), where), Optional("siteName"), Required("language"), Optional("note"));
    }

    private static List<string> Authors(JsonElement entry, string where)
    {
        if (!entry.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException($"{where}: \"authors\" must be an array (empty when the page names no one)");
        return authors.EnumerateArray()
            .Select(a => a.ValueKind == JsonValueKind.String && a.GetString() is { Length: > 0 } name
                ? name
                : throw new InvalidDataException($"{where}: an author is not a non-empty string"))
            .ToList();
    }

    private static DateOnly? Day(string? text, string where)
    {
        if (text is null)
            return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidDataException($"{where}: \"published\" is not a YYYY-MM-DD day: {text}");
    }
}
