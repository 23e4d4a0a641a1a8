using System.IO.Compression;
using System.Text.Json;

namespace Lede.Benchmarks.Corpus;

/// <summary>Loads benchmark pages: the golden pages in tests/pages, the ScrapingHub set, or any folder of HTML.</summary>
internal static class PageCorpus
{
    /// <summary>The golden pages checked into tests/pages (always available in a clone).</summary>
    public static PageSet Golden()
    {
        var dir = Ancestors.FindAbove(d => Path.Combine(d, "tests", "pages") is var p && IsGoldenLayout(p) ? p : null)
            ?? throw new DirectoryNotFoundException("No tests/pages folder with golden pages above the app or the current directory.");
        return Load(dir, "golden");
    }

    /// <summary>Loads a folder, recognising its layout: ScrapingHub (html/*.html.gz plus ground-truth.json),
    /// golden pages (SLUG/source.html plus meta.json), or else every .html, .htm and .html.gz below it.</summary>
    public static PageSet Load(string dir, string? name = null)
    {
        dir = Path.GetFullPath(dir);
        if (!Directory.Exists(dir))
            throw new DirectoryNotFoundException($"No such folder: {dir}");
        name ??= Path.GetFileName(dir.TrimEnd(Path.DirectorySeparatorChar));
        var pages = IsScrapingHubLayout(dir) ? LoadScrapingHub(dir)
            : IsGoldenLayout(dir) ? LoadGolden(dir)
            : LoadFiles(dir);
        if (pages.Count == 0)
            throw new InvalidDataException($"No HTML pages found in {dir}");
        return new PageSet(name, dir, pages);
    }

    private static bool IsScrapingHubLayout(string dir)
        => File.Exists(Path.Combine(dir, "ground-truth.json")) && Directory.Exists(Path.Combine(dir, "html"));

    private static bool IsGoldenLayout(string dir)
        => Directory.Exists(dir) && Directory.EnumerateDirectories(dir).Any(d => File.Exists(Path.Combine(d, "source.html")));

    private static List<BenchPage> LoadScrapingHub(string dir)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        return Directory.GetFiles(Path.Combine(dir, "html"), "*.html.gz")
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var id = Path.GetFileName(path)[..^".html.gz".Length];
                string? url = truth.RootElement.TryGetProperty(id, out var entry) && entry.TryGetProperty("url", out var u) ? u.GetString() : null;
                return new BenchPage(id[..Math.Min(12, id.Length)], ReadPage(path), url);
            })
            .ToList();
    }

    private static List<BenchPage> LoadGolden(string dir)
        => Directory.GetDirectories(dir)
            .Where(d => File.Exists(Path.Combine(d, "source.html")))
            .Order(StringComparer.Ordinal)
            .Select(d => new BenchPage(Path.GetFileName(d), File.ReadAllBytes(Path.Combine(d, "source.html")), ReadUrl(Path.Combine(d, "meta.json"))))
            .ToList();

    private static List<BenchPage> LoadFiles(string dir)
        => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new BenchPage(Path.GetRelativePath(dir, f), ReadPage(f), url: null))
            .ToList();

    private static string? ReadUrl(string metaPath)
    {
        if (!File.Exists(metaPath))
            return null;
        using var meta = JsonDocument.Parse(File.ReadAllBytes(metaPath));
        return meta.RootElement.TryGetProperty("url", out var url) ? url.GetString() : null;
    }

    private static byte[] ReadPage(string path)
    {
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            return File.ReadAllBytes(path);
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
