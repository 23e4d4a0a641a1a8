using System.Text;
using Lede.Output;
using Lede.Tests.Warc;

namespace Lede.Fuzz;

/// <summary>
/// Makes each target's starting inputs from the repository's own pages: the samples, windows of the golden pages
/// (a few kilobytes: a fuzzer mutates small inputs many times faster), archives built around them, their JSON and
/// their expected texts, and the small WARC/ARC fixtures of ../shared when it is there.
/// </summary>
public static class SeedCorpus
{
    const int Window = 4096;

    /// <summary>The seeds of every target, by target name, then file name.</summary>
    public static Dictionary<string, SortedDictionary<string, byte[]>> Build(string repoRoot, string? sharedWarcs = null)
    {
        var samples = Directory.GetFiles(Path.Combine(repoRoot, "samples"), "*.html").Order(StringComparer.Ordinal)
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), File.ReadAllBytes);
        var pages = Directory.GetDirectories(Path.Combine(repoRoot, "tests", "pages")).Order(StringComparer.Ordinal)
            .Where(dir => File.Exists(Path.Combine(dir, "source.html")))
            .ToDictionary(dir => Path.GetFileName(dir)!, dir => File.ReadAllBytes(Path.Combine(dir, "source.html")));
        var texts = Directory.GetFiles(Path.Combine(repoRoot, "samples"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(repoRoot, "tests", "pages"), "expected.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();

        var html = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var extract = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in samples)
            html[name] = extract[name] = bytes;
        foreach (var (name, bytes) in pages)
            html[name] = extract[name] = StoryWindow(bytes);
        foreach (var (name, markup) in Snippets)
            html[name] = Encoding.UTF8.GetBytes(markup);
        foreach (var (name, context) in new[] { ("fragment-td", 1), ("fragment-svg", 5), ("fragment-select", 3) })
            html[name] = [(byte)context, .. "<b>one<td>two</b><option>x<path d=1/><mi>y</mi>"u8];

        var clean = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in texts)
        {
            var bytes = File.ReadAllBytes(path);
            clean[Slug(repoRoot, path)] = bytes.Length <= Window ? bytes : bytes[..Window];
        }

        var json = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in samples)
            json[name] = Encoding.UTF8.GetBytes(JsonArticleWriter.Write(Extractor.Extract(bytes, $"https://news.example/{name}"), indented: false));
        json["empty-result"] = Encoding.UTF8.GetBytes(JsonArticleWriter.Write(Extractor.Extract("<p></p>"u8), indented: false));

        return new()
        {
            ["html"] = html,
            ["warc"] = Archives(samples, sharedWarcs),
            ["clean"] = clean,
            ["json"] = json,
            ["extract"] = extract,
        };
    }

    /// <summary>Writes the seeds under <paramref name="outDir"/>/&lt;target&gt;/.</summary>
    public static void Write(string repoRoot, string outDir, string? sharedWarcs)
    {
        foreach (var (target, seeds) in Build(repoRoot, sharedWarcs))
        {
            var dir = Directory.CreateDirectory(Path.Combine(outDir, target)).FullName;
            foreach (var (name, bytes) in seeds)
                File.WriteAllBytes(Path.Combine(dir, name), bytes);
        }
    }

    // Markup that reaches the tree builder's rarer modes, which the news pages seldom do.
    static readonly (string Name, string Markup)[] Snippets =
    [
        ("tables", "<table><caption>c<tr><td>1<td>2<tr><th>h</table><table><tbody><tr><td><table><td>n</table></table>"),
        ("formatting", "<p><b><i>a</b>b</i><a href=x><nobr>c<nobr>d</a><font><p>e</font>"),
        ("foreign", "<svg><foreignObject><p>t</p></foreignObject><desc><b>d</b></desc></svg><math><mi>x</mi><annotation-xml encoding=text/html><div>y</div></annotation-xml></math>"),
        ("template-select", "<template><tr><td>a</template><select><option>1<optgroup><option>2</select><frameset><frame></frameset>"),
        ("references", "&amp;&notin;&notit;&#x1F600;&#0;&#xD800;&#128;<a title='&lt;&gt'>&AElig</a><!-- c --!><!doctype html public \"x\">"),
        ("script-rawtext", "<script><!--<script>x</script>--></script><style>a{}</style><textarea>&lt;b</textarea><plaintext><b>"),
    ];

    static byte[] StoryWindow(byte[] page)
    {
        if (page.Length <= Window)
            return page;
        // Start at the first paragraph when there is one, so the window holds story text and not just the head.
        int start = Math.Max(0, page.AsSpan().IndexOf("<p"u8));
        start = Math.Min(start, page.Length - Window);
        return [.. "<!doctype html><html><head><title>Story</title></head><body>"u8, .. page.AsSpan(start, Window)];
    }

    static SortedDictionary<string, byte[]> Archives(Dictionary<string, byte[]> samples, string? sharedWarcs)
    {
        var page = samples.OrderBy(s => s.Value.Length).First().Value;
        var response = WarcFixture.Response(WarcFixture.Id(3), page);
        byte[][] records = [WarcFixture.WarcInfo(WarcFixture.Id(1)), WarcFixture.Request(WarcFixture.Id(2)), response];
        var chunked = WarcFixture.Response(WarcFixture.Id(4), [.. Encoding.ASCII.GetBytes($"{page.Length:x}\r\n"), .. page, .. "\r\n0\r\n\r\n"u8],
            "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");
        var encoded = WarcFixture.Response(WarcFixture.Id(5), WarcFixture.Gzip(page), "Content-Type: text/html; charset=iso-8859-1\r\nContent-Encoding: gzip\r\n");
        var resource = WarcFixture.Record("resource", page, WarcFixture.Id(6), "http://example.com/r.html", "text/html");
        var seeds = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["records.warc"] = WarcFixture.Concat(records),
            ["records.warc.gz"] = WarcFixture.GzipEach(records, out _),
            ["whole.warc.gz"] = WarcFixture.Gzip(WarcFixture.Concat(records)),
            ["chunked-encoded.warc"] = WarcFixture.Concat(chunked, encoded, resource),
            ["page.arc"] = Arc(page),
        };
        if (sharedWarcs is not null && Directory.Exists(sharedWarcs))
            foreach (var file in Directory.GetFiles(sharedWarcs).Order(StringComparer.Ordinal))
                if (new FileInfo(file).Length <= 10_000 && !file.EndsWith(".md", StringComparison.Ordinal) && !file.EndsWith("LICENSE", StringComparison.Ordinal))
                    seeds["shared-" + Path.GetFileName(file)] = File.ReadAllBytes(file);
        return seeds;
    }

    // An ARC v1 file: its filedesc record, then one HTTP response, each a header line, the block and a newline.
    static byte[] Arc(byte[] page)
    {
        const string desc = "1 0 Lede\nURL IP-address Archive-date Content-type Archive-length\n";
        var http = WarcFixture.Http("HTTP/1.0 200 OK", "Content-Type: text/html\r\n", page);
        return
        [
            .. Encoding.ASCII.GetBytes($"filedesc://seed.arc 0.0.0.0 20240102030405 text/plain {desc.Length}\n{desc}\n"),
            .. Encoding.ASCII.GetBytes($"http://example.com/a 93.184.216.34 20240102030405 text/html {http.Length}\n"), .. http, .. "\n"u8,
        ];
    }

    static string Slug(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '-');
}
