using System.Text;
using System.Text.Json;
using Lede.Tests.Output;
using Lede.Tests.Warc;

namespace Lede.Tests.Batch;

/// <summary>Builds batch inputs on disk: distinct small article pages as JSONL, folders of HTML files and WARC files, and WARC files of the real pages.</summary>
internal static class BatchInputs
{
    private static readonly string[] Topics = ["harbour", "orchard", "railway", "library", "festival", "bridge", "market", "museum"];

    /// <summary>A page whose story names its number, so that every page's text is different.</summary>
    public static string Page(int n)
    {
        var topic = Topics[n % Topics.Length];
        return $"""
            <!doctype html><html lang="en"><head><title>Story {n} about the {topic}</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Story {n} about the {topic}</h1>
            <p>The town council met on Monday to discuss the future of the {topic}, which has served residents for {n + 20} years and now needs repairs.</p>
            <p>Several speakers, number {n} among them, argued that the work should begin before winter, when the weather makes building harder and dearer.</p>
            <p>A final decision on the {topic} is expected next month, after engineers have reported on the state of its foundations and walls.</p>
            </article><footer>© Town News</footer></body></html>
            """;
    }

    /// <summary>One JSONL line for page <paramref name="n"/>, with an id and a URL.</summary>
    public static string JsonLine(int n, string? html = null)
        => JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = $"doc-{n}", ["url"] = $"https://news.example/{n}", ["html"] = html ?? Page(n) });

    /// <summary>A JSONL file of pages <paramref name="first"/> to first + count - 1 in a new folder.</summary>
    public static string Jsonl(string name, int first, int count, string? folder = null)
    {
        folder ??= TempFolder.Create();
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, Enumerable.Range(first, count).Select(n => JsonLine(n)));
        return path;
    }

    /// <summary>A folder of pages in nested sub-folders, as .html, .htm and .html.gz, with a file the search must leave alone.</summary>
    public static string Folder(int count)
    {
        var root = Path.Combine(TempFolder.Create(), "site");
        for (int n = 0; n < count; n++)
        {
            var folder = Path.Combine(root, $"section{n % 3}");
            Directory.CreateDirectory(folder);
            var bytes = Encoding.UTF8.GetBytes(Page(n));
            switch (n % 3)
            {
                case 0: File.WriteAllBytes(Path.Combine(folder, $"page{n:D3}.html"), bytes); break;
                case 1: File.WriteAllBytes(Path.Combine(folder, $"page{n:D3}.htm"), bytes); break;
                default: File.WriteAllBytes(Path.Combine(folder, $"page{n:D3}.html.gz"), WarcFixture.Gzip(bytes)); break;
            }
        }
        File.WriteAllText(Path.Combine(root, "notes.md"), "not a page");
        return root;
    }

    /// <summary>A .warc.gz of a warcinfo record, then for each page a request and a response, then a PNG response.</summary>
    public static string WarcFile(string name, int first, int count, string? folder = null)
    {
        var records = new List<byte[]> { WarcFixture.WarcInfo(WarcFixture.Id(0)) };
        for (int n = first; n < first + count; n++)
        {
            records.Add(WarcFixture.Request(WarcFixture.Id(2 * n + 1)));
            records.Add(WarcFixture.Response(WarcFixture.Id(2 * n + 2), Encoding.UTF8.GetBytes(Page(n)), uri: $"https://news.example/{n}"));
        }
        records.Add(WarcFixture.Response(WarcFixture.Id(999_999), [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10], "Content-Type: image/png\r\n"));
        var path = Path.Combine(folder ?? TempFolder.Create(), name);
        File.WriteAllBytes(path, WarcFixture.GzipEach(records, out _));
        return path;
    }

    /// <summary>The repository's real pages: the golden test pages and the samples, in path order.</summary>
    public static List<string> RealPages()
        => Directory.GetFiles(RepoFiles.Path("tests/pages"), "source.html", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(RepoFiles.Path("samples"), "*.html")).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// <paramref name="shards"/> archives <c>pages-K.warc.gz</c> of the <see cref="RealPages"/>, each page
    /// <paramref name="copies"/> times: document i (page i modulo their count, URI https://pages.example/i/) goes to
    /// shard i modulo shards, a record per gzip member, as crawlers write them.
    /// </summary>
    public static List<string> PageWarcs(string folder, int shards, int copies = 1)
    {
        var pages = RealPages().Select(File.ReadAllBytes).ToList();
        var inputs = new List<string>();
        for (int shard = 0; shard < shards; shard++)
        {
            var records = new List<byte[]> { WarcFixture.WarcInfo(WarcFixture.Id(1000 + shard)) };
            for (int i = shard; i < pages.Count * copies; i += shards)
                records.Add(WarcFixture.Response(WarcFixture.Id(i), pages[i % pages.Count], uri: $"https://pages.example/{i}/"));
            var path = Path.Combine(folder, $"pages-{shard}.warc.gz");
            File.WriteAllBytes(path, WarcFixture.GzipEach(records, out _));
            inputs.Add(path);
        }
        return inputs;
    }

    /// <summary>The JSON objects of an output part, one per line.</summary>
    public static List<JsonElement> Lines(string path)
        => [.. File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
