using System.IO.Compression;
using Lede.Input;

namespace Lede.Tests.Input;

/// <summary>The Input stage over the 181 real pages of the shared benchmark (skipped when the data is absent).</summary>
public sealed class BenchmarkPagesTests
{
    [BenchmarkPagesFact]
    public void NoRealPageReachesTheDefaultDepth()
    {
        // The depth limit moves deeper elements up to the limit: no real page should be anywhere near it.
        var deep = new List<string>();
        foreach (var name in BenchmarkPages.Names())
        {
            using var tree = Lede.Html.HtmlTreeParser.Parse(HtmlDecoder.Decode(BenchmarkPages.Read(name), null).Html);
            int depth = Tests.Html.TreeChecks.AssertConsistent(tree);
            if (depth >= ExtractionOptions.Default.MaxNestingDepth / 2)
                deep.Add($"{name}: {depth} deep");
        }
        Assert.Empty(deep);
        Assert.Equal(181, BenchmarkPages.Names().Count);
    }

    [BenchmarkPagesFact]
    public void EveryRealPageDecodesAsUtf8AndPassesTheSniffer()
    {
        var wrong = new List<string>();
        foreach (var name in BenchmarkPages.Names())
        {
            var bytes = BenchmarkPages.Read(name);
            var page = HtmlDecoder.Decode(bytes, null);
            // A few pages carry U+FFFD in their own bytes (Korean text cut mid-character by their CMS); decoding must add none.
            int replacements = page.Html.Count(c => c == '\uFFFD');
            int inSource = CountOf(bytes, [0xEF, 0xBF, 0xBD]);
            if (page.EncodingName != "utf-8" || replacements != inSource || InputSniffer.WhyNotHtml(bytes) is not null)
                wrong.Add($"{name}: {page.EncodingName} from {page.Source}, {replacements} U+FFFD");
        }
        Assert.Empty(wrong);
    }

    private static int CountOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> sequence)
    {
        int count = 0;
        for (int at; (at = bytes.IndexOf(sequence)) >= 0; bytes = bytes[(at + sequence.Length)..])
            count++;
        return count;
    }
}

/// <summary>A fact that runs only where the shared benchmark pages can be found.</summary>
public sealed class BenchmarkPagesFactAttribute : FactAttribute
{
    public BenchmarkPagesFactAttribute()
    {
        if (BenchmarkPages.Folder is null)
            Skip = "the shared benchmark pages (shared/benchmarks/scrapinghub/html) are not here; set LEDE_SHARED_DIR";
    }
}

/// <summary>Finds the shared benchmark pages: LEDE_SHARED_DIR, else a "shared/benchmarks" folder above the test binaries or the current directory.</summary>
internal static class BenchmarkPages
{
    public static string? Folder { get; } = Find();

    public static List<string> Names()
        => Directory.GetFiles(Folder!, "*.html.gz").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public static byte[] Read(string name)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(Folder!, name)), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    // The shared data is found the way the CLI finds it (LEDE_SHARED_DIR, else a shared/ folder above).
    private static string? Find()
        => Lede.Cli.Eval.SharedData.ScrapingHub is { } folder && Directory.Exists(Path.Combine(folder, "html")) ? Path.Combine(folder, "html") : null;
}
