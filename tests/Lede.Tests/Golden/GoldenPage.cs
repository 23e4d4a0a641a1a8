using System.Text;
using System.Text.Json;

namespace Lede.Tests.Golden;

/// <summary>
/// One real page under tests/pages/SLUG: source.html, the benchmark's human ground-truth.txt,
/// meta.json {id, url, minF1} and, once blessed, expected.txt. Read from the copy in the test output.
/// </summary>
internal sealed class GoldenPage
{
    public const string BlessVariable = "LEDE_BLESS";

    private static readonly string OutputRoot = Path.Combine(AppContext.BaseDirectory, "pages");

    public required string Slug { get; init; }
    public required byte[] Source { get; init; }
    public required string GroundTruth { get; init; }
    public required string? Url { get; init; }
    public required double MinF1 { get; init; }

    /// <summary>The blessed extraction, or null while the page has none.</summary>
    public required string? Expected { get; init; }

    public static bool BlessRequested => Environment.GetEnvironmentVariable(BlessVariable) == "1";

    /// <summary>Every page folder copied to the test output, in a stable order.</summary>
    public static IEnumerable<string> Slugs()
        => Directory.Exists(OutputRoot)
            ? Directory.GetDirectories(OutputRoot)
                .Where(dir => File.Exists(Path.Combine(dir, "source.html")))
                .Select(dir => Path.GetFileName(dir)!)
                .Order(StringComparer.Ordinal)
            : [];

    public static GoldenPage Load(string slug)
    {
        var dir = Path.Combine(OutputRoot, slug);
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "meta.json")));
        var expectedPath = Path.Combine(dir, "expected.txt");
        return new GoldenPage
        {
            Slug = slug,
            Source = File.ReadAllBytes(Path.Combine(dir, "source.html")),
            GroundTruth = File.ReadAllText(Path.Combine(dir, "ground-truth.txt"), Encoding.UTF8),
            Url = meta.RootElement.TryGetProperty("url", out var url) ? url.GetString() : null,
            MinF1 = meta.RootElement.TryGetProperty("minF1", out var floor) ? floor.GetDouble() : 0,
            Expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath, Encoding.UTF8) : null,
        };
    }

    /// <summary>Extracts the page as a user would, from its bytes and URL.</summary>
    public (ExtractionResult Result, string Text) Extract()
    {
        var result = Extractor.Extract(Source, Url);
        return (result, result.Article?.Text ?? "");
    }

    /// <summary>Writes <paramref name="text"/> as the page's expected.txt in the source tree, not the test output.</summary>
    public string Bless(string text)
    {
        var path = Path.Combine(SourcePagesDirectory(), Slug, "expected.txt");
        File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n", new UTF8Encoding(false));
        return path;
    }

    // The repository's tests/pages: the first folder above the test output that holds Lede.slnx.
    private static string SourcePagesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lede.slnx")))
                return Path.Combine(dir.FullName, "tests", "pages");
        }
        throw new InvalidOperationException($"No Lede.slnx above {AppContext.BaseDirectory}; cannot find tests/pages to bless.");
    }
}
