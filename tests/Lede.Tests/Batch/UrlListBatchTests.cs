using System.Text.Json;
using Lede.Tests.Fetch;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Batch;

/// <summary><c>lede batch -i URLS</c>, run as a user would, over a site on the loopback.</summary>
public sealed class UrlListBatchTests : IDisposable
{
    private readonly LocalSite _site = new("User-agent: *\nDisallow: /private/\n");

    public void Dispose() => _site.Dispose();

    private string List(params string[] lines) => TempFolder.File("urls.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    private static Cli.CliRun Batch(params string[] args) => Cli.CliProcess.Run(["batch", .. args, "--quiet", "--host-delay", "0"]);

    private static List<JsonElement> Lines(string path)
        => File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement).ToList();

    [Fact]
    public void FetchesEachUrlAndWritesItsFetchStatusThenTheExtraction()
    {
        var list = List("# the news", "", _site.Url("story"), _site.Url("moved"), "  " + _site.Url("gone") + "  ", _site.Url("private/story"), "not a url");
        var output = TempFolder.Create();

        var run = Batch("-i", list, "-o", output, "--allow-private-addresses");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "urls.txt.jsonl"));
        Assert.Equal(5, lines.Count);
        Assert.Equal(["urls.txt:3", "urls.txt:4", "urls.txt:5", "urls.txt:6", "urls.txt:7"], lines.Select(l => l.GetProperty("id").GetString()));

        Assert.Equal("ok", lines[0].GetProperty("fetchStatus").GetString());
        Assert.Equal(200, lines[0].GetProperty("httpStatus").GetInt32());
        Assert.Equal("ok", lines[0].GetProperty("status").GetString());
        Assert.Contains(CliPages.Sentence, lines[0].GetProperty("article").GetProperty("text").GetString());
        Assert.False(lines[0].TryGetProperty("finalUrl", out _));

        Assert.Equal(_site.Url("moved"), lines[1].GetProperty("url").GetString());
        Assert.Equal(_site.Url("story"), lines[1].GetProperty("finalUrl").GetString());
        Assert.Equal("ok", lines[1].GetProperty("status").GetString());

        AssertNotFetched(lines[2], "http-error", "404");
        Assert.Equal(404, lines[2].GetProperty("httpStatus").GetInt32());
        AssertNotFetched(lines[3], "robots-disallowed", "robots.txt disallows /private/story");
        AssertNotFetched(lines[4], "invalid-url", "not an absolute URL");
        Assert.Equal(0, _site.Hits("/private/story"));
        Assert.Contains("2 ok", run.Stderr);
        Assert.Contains("3 not-fetched", run.Stderr);
    }

    [Fact]
    public void WithoutTheOptionTheLoopbackIsRefused()
    {
        var output = TempFolder.Create();

        var run = Batch("-i", List(_site.Url("story"), $"http://localhost:{_site.Port}/story"), "-o", output);

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "urls.txt.jsonl"));
        Assert.All(lines, line => AssertNotFetched(line, "refused", "loopback"));
        Assert.Equal(0, _site.Hits("/story") + _site.Hits("/robots.txt"));
    }

    [Fact]
    public void UrlListsAndFilesMixAsPartsOfTheirOwn()
    {
        var page = TempFolder.File("page.html", CliPages.Story);
        var output = TempFolder.Create();

        var run = Batch(page, "-i", List(_site.Url("a"), _site.Url("b")), "-o", output, "--allow-private-addresses");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Lines(Path.Combine(output, "page.html.jsonl")));
        Assert.Equal(2, Lines(Path.Combine(output, "urls.txt.jsonl")).Count);
    }

    [Fact]
    public void TextOutputWritesAFilePerFetchedArticle()
    {
        var output = TempFolder.Create();

        var run = Batch("-i", List(_site.Url("gone"), _site.Url("story")), "-o", output, "--format", "text", "--allow-private-addresses");

        Assert.Equal(0, run.ExitCode);
        var index = Lines(Path.Combine(output, "urls.txt", "index.jsonl"));
        Assert.Equal(["not-fetched", "ok"], index.Select(l => l.GetProperty("status").GetString()));
        Assert.Contains(CliPages.Sentence, File.ReadAllText(Path.Combine(output, "urls.txt", index[1].GetProperty("file").GetString()!)));
    }

    [Fact]
    public void ResumeGoesOnFromThePartialWithoutFetchingAgain()
    {
        var list = List(_site.Url("a"), _site.Url("b"), _site.Url("c"));
        var whole = TempFolder.Create();
        Assert.Equal(0, Batch("-i", list, "-o", whole, "--allow-private-addresses").ExitCode);
        var complete = File.ReadAllBytes(Path.Combine(whole, "urls.txt.jsonl"));

        // A run killed while writing its second line: the first line whole, the second cut short.
        var resumed = TempFolder.Create();
        int firstEnd = Array.IndexOf(complete, (byte)'\n') + 1;
        File.WriteAllBytes(Path.Combine(resumed, "urls.txt.jsonl.partial"), complete[..(firstEnd + 40)]);

        var run = Batch("-i", list, "-o", resumed, "--allow-private-addresses", "--resume");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(complete, File.ReadAllBytes(Path.Combine(resumed, "urls.txt.jsonl")));
        Assert.False(File.Exists(Path.Combine(resumed, "urls.txt.jsonl.partial")));
        Assert.Equal(1, _site.Hits("/a"));   // the first run's only
        Assert.Equal(2, _site.Hits("/b"));   // its line was broken: fetched again
        Assert.Equal(2, _site.Hits("/c"));
    }

    [Fact]
    public void WithoutResumeThePartialIsStartedAnew()
    {
        var list = List(_site.Url("a"));
        var output = TempFolder.Create();
        File.WriteAllText(Path.Combine(output, "urls.txt.jsonl.partial"), "{\"id\":\"urls.txt:1\",\"url\":\"" + _site.Url("a") + "\",\"status\":\"ok\"}\n");

        Assert.Equal(0, Batch("-i", list, "-o", output, "--allow-private-addresses").ExitCode);

        Assert.Equal(1, _site.Hits("/a"));
        Assert.Equal("ok", Assert.Single(Lines(Path.Combine(output, "urls.txt.jsonl"))).GetProperty("fetchStatus").GetString());
    }

    [Fact]
    public void NoInputAtAllIsAUsageError()
    {
        var run = Cli.CliProcess.Run("batch", "-o", TempFolder.Create());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("-i FILE", run.Stderr);
    }

    [Fact]
    public void AMissingUrlListIsOneErrorLine()
    {
        var run = Cli.CliProcess.Run("batch", "-i", "/no/such/urls.txt", "-o", TempFolder.Create());

        Assert.Equal(1, run.ExitCode);
        Cli.CliAssert.OneErrorLine(run, "no such URL list: /no/such/urls.txt");
    }

    private static void AssertNotFetched(JsonElement line, string fetchStatus, string reason)
    {
        Assert.Equal("not-fetched", line.GetProperty("status").GetString());
        Assert.Equal(fetchStatus, line.GetProperty("fetchStatus").GetString());
        Assert.Contains(reason, line.GetProperty("reason").GetString());
        Assert.StartsWith(fetchStatus + ": ", line.GetProperty("reason").GetString());
        Assert.False(line.TryGetProperty("article", out _));
    }
}
