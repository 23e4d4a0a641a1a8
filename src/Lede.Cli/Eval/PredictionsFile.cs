using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lede.Cli.Eval;

/// <summary>
/// The benchmark's prediction files: <c>{"version": …, "output": {ID: {"articleBody": text}}}</c>, or the bare
/// <c>{ID: {"articleBody": text}}</c> some peers use.
/// </summary>
internal static class PredictionsFile
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Keep accents and quotes readable in the file; it is data, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Page ID → predicted body text (empty when a page's articleBody is missing or null).</summary>
    /// <exception cref="IOException">The file is missing or unreadable.</exception>
    /// <exception cref="JsonException">The file is not JSON.</exception>
    public static Dictionary<string, string> Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"{path}: expected a JSON object of predictions");
        var pages = root.TryGetProperty("output", out var output) && output.ValueKind == JsonValueKind.Object ? output : root;
        var predictions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages.EnumerateObject())
        {
            if (page.Value.ValueKind == JsonValueKind.Object)
                predictions[page.Name] = ScrapingHubData.StringProperty(page.Value, "articleBody") ?? "";
        }
        return predictions;
    }

    /// <summary>Writes predictions in the benchmark's format, pages in ID order, creating the folder if needed.</summary>
    public static void Write(string path, string version, IReadOnlyDictionary<string, string> predictions)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
            Directory.CreateDirectory(folder);
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("version", version);
        writer.WriteStartObject("output");
        foreach (var (id, text) in predictions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(id);
            writer.WriteString("articleBody", text);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
