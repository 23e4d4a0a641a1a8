using System.Text.Json;

namespace Lede.Cli.Eval;

/// <summary>
/// The ScrapingHub article-extraction benchmark as laid out on disk: <c>html/ID.html.gz</c> (the pages),
/// <c>ground-truth.json</c> (ID → {articleBody, url}) and <c>peers/NAME.json</c> (other extractors' output).
/// </summary>
internal sealed class ScrapingHubData
{
    private ScrapingHubData(string root, SortedDictionary<string, string> truth, SortedDictionary<string, string?> urls)
    {
        Root = root;
        Truth = truth;
        Urls = urls;
    }

    /// <summary>The benchmark folder.</summary>
    public string Root { get; }

    /// <summary>Page ID → the annotated body text, in ID order.</summary>
    public IReadOnlyDictionary<string, string> Truth { get; }

    /// <summary>Page ID → the page URL the annotators recorded, if any.</summary>
    public IReadOnlyDictionary<string, string?> Urls { get; }

    /// <summary>Reads <c>ground-truth.json</c> under <paramref name="root"/>.</summary>
    /// <exception cref="IOException">The folder or the file is missing.</exception>
    /// <exception cref="JsonException">The file is not the expected JSON.</exception>
    public static ScrapingHubData Load(string root)
    {
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"no benchmark folder at {root}");
        var truth = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var urls = new SortedDictionary<string, string?>(StringComparer.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "ground-truth.json")));
        foreach (var page in json.RootElement.EnumerateObject())
        {
            truth[page.Name] = StringProperty(page.Value, "articleBody") ?? "";
            urls[page.Name] = StringProperty(page.Value, "url");
        }
        return new ScrapingHubData(root, truth, urls);
    }

    /// <summary>The benchmark's pages, (ID, path of the .html.gz), in ID order.</summary>
    public IReadOnlyList<(string Id, string Path)> Pages()
    {
        const string suffix = ".html.gz";
        var folder = Path.Combine(Root, "html");
        if (!Directory.Exists(folder))
            return [];
        return Directory.EnumerateFiles(folder, "*" + suffix)
            .Select(path => (Id: Path.GetFileName(path)[..^suffix.Length], Path: path))
            .OrderBy(page => page.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The peers' prediction files, (name, path), in name order; none when there is no peers folder.</summary>
    public IReadOnlyList<(string Name, string Path)> PeerFiles()
    {
        var folder = Path.Combine(Root, "peers");
        if (!Directory.Exists(folder))
            return [];
        return Directory.EnumerateFiles(folder, "*.json")
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Path: path))
            .OrderBy(peer => peer.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The string value of <paramref name="name"/> when <paramref name="element"/> is an object holding one.</summary>
    internal static string? StringProperty(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
