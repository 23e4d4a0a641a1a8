using System.Net;
using System.Text;
using System.Text.Json;
using Lede.Service;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Service;

/// <summary>
/// The HTTP API in memory, one test per input form and per status: the answer is the library's result as the
/// command writes it, with the status that fits, or a small error body; never a stack trace.
/// </summary>
public sealed class ServiceApiTests : IDisposable
{
    private readonly ServiceApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task ARawPageGivesTheResultTheLibraryGives()
    {
        var answer = await _app.PostAsync("/v1/extract?url=https://news.example/story", CliPages.Story);

        Assert.Equal(200, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
        Assert.Equal(ServiceApp.Expected(Extractor.Extract(CliPages.Story, "https://news.example/story")), answer.Body);
        Assert.Equal("ok", answer.StatusWord);
    }

    [Fact]
    public async Task TheContentTypeCharsetIsHonoured()
    {
        var page = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(CliPages.Story).Replace("</p>", " Déjà vu au café.</p>"));

        var latin1 = await _app.PostAsync("/v1/extract", page, "text/html; charset=ISO-8859-1");

        Assert.Equal(200, latin1.Status);
        Assert.Contains("Déjà vu au café.", latin1.Body);
        Assert.Equal(ServiceApp.Expected(Extractor.Extract(page, options: new ExtractionOptions { Charset = "ISO-8859-1" })), latin1.Body);
    }

    [Fact]
    public async Task TheCharsetOptionBeatsTheContentType()
    {
        var page = Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(CliPages.Story).Replace("</p>", " Déjà vu.</p>"));

        var answer = await _app.PostAsync("/v1/extract?charset=iso-8859-1", page, "text/html; charset=utf-8");

        Assert.Contains("Déjà vu.", answer.Body);
    }

    [Fact]
    public async Task AJsonPageWithItsUrlGivesTheResultTheLibraryGives()
    {
        var html = Encoding.UTF8.GetString(CliPages.Story);
        var json = JsonSerializer.Serialize(new { html, url = "https://news.example/a/story", preset = "PRECISION" });

        var answer = await _app.PostJsonAsync("/v1/extract", json);

        Assert.Equal(200, answer.Status);
        var options = new ExtractionOptions { Focus = Focus.Precision };
        Assert.Equal(ServiceApp.Expected(Extractor.Extract(html, "https://news.example/a/story", options)), answer.Body);
    }

    [Fact]
    public async Task ExplainAddsTheTraceFromTheQueryOrTheJson()
    {
        var html = Encoding.UTF8.GetString(CliPages.FigureStory);
        var expected = ServiceApp.Expected(Extractor.Extract(html, options: new ExtractionOptions { Explain = true }));
        Assert.Contains("\"trace\"", expected);

        var fromQuery = await _app.PostAsync("/v1/extract?explain", CliPages.FigureStory);
        var fromJson = await _app.PostJsonAsync("/v1/extract", JsonSerializer.Serialize(new { html, explain = true }));

        Assert.Equal(expected, fromQuery.Body);
        Assert.Equal(expected, fromJson.Body);
    }

    [Fact]
    public async Task APageWithNoArticleIs200WithStatusEmpty()
    {
        var answer = await _app.PostAsync("/v1/extract", CliPages.Blank);

        Assert.Equal(200, answer.Status);
        Assert.Equal("empty", answer.StatusWord);
    }

    [Fact]
    public async Task NotHtmlIs422WithTheResult()
    {
        var answer = await _app.PostAsync("/v1/extract", CliPages.Png, "image/png");

        Assert.Equal(422, answer.Status);
        Assert.Equal(ServiceApp.Expected(Extractor.Extract(CliPages.Png)), answer.Body);
        Assert.Equal("notHtml", answer.StatusWord);
    }

    [Theory]
    [InlineData("/v1/extract?frobnicate=1", "unknown option 'frobnicate'")]
    [InlineData("/v1/extract?preset=fast", "preset must be balanced, precision or recall")]
    [InlineData("/v1/extract?explain=maybe", "explain must be true or false")]
    [InlineData("/v1/extract?url=not-a-url", "url must be an absolute http(s) URL")]
    [InlineData("/v1/clean?preset=recall", "unknown option 'preset'")]
    public async Task ABadOptionIs400(string path, string reason)
    {
        var answer = await _app.PostAsync(path, CliPages.Story);

        AssertError(answer, 400, "badRequest", reason);
    }

    [Theory]
    [InlineData("{\"html\": ", "the body is not valid JSON")]
    [InlineData("[1, 2]", "the JSON body must be an object")]
    [InlineData("{\"html\": \"<p>x</p>\", \"figures\": true}", "unknown option 'figures'")]
    [InlineData("{\"html\": 42}", "\"html\" must be a string")]
    [InlineData("{\"html\": \"<p>x</p>\", \"explain\": \"yes\"}", "\"explain\" must be true or false")]
    [InlineData("{\"preset\": \"recall\"}", "needs \"html\" (the page) or \"url\"")]
    [InlineData("{\"url\": \"/relative\"}", "url must be an absolute http(s) URL")]
    public async Task ABadJsonBodyIs400(string json, string reason)
    {
        var answer = await _app.PostJsonAsync("/v1/extract", json);

        AssertError(answer, 400, "badRequest", reason);
    }

    [Fact]
    public async Task ACharsetForJsonTextIs400()
    {
        var answer = await _app.PostAsync("/v1/extract?charset=utf-8", "{\"html\": \"<p>x</p>\"}"u8.ToArray(), "application/json");

        AssertError(answer, 400, "badRequest", "charset applies to a raw body");
    }

    [Fact]
    public async Task NoBodyIs400()
    {
        var answer = await ServiceApp.SendAsync(_app.CreateClient(), "/v1/extract", null);

        AssertError(answer, 400, "badRequest", "the request has no body");
    }

    [Fact]
    public async Task ABodyOverTheCapIs413WithATooLargeResult()
    {
        using var small = new ServiceApp(LedeServiceOptions.Default with { Extraction = new ExtractionOptions { MaxInputBytes = 4096 } });
        var page = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>Words of a long page.</p>", 400)) + "</body></html>");

        var declared = await small.PostAsync("/v1/extract", page);
        // Chunked, with no length declared: the cap stops the read itself.
        var chunked = await ServiceApp.SendAsync(small.CreateClient(), "/v1/extract", new StreamContent(new MemoryStream(page)));
        var json = await small.PostJsonAsync("/v1/extract", JsonSerializer.Serialize(new { html = Encoding.UTF8.GetString(page) }));
        var clean = await small.PostAsync("/v1/clean", page, "text/plain");

        foreach (var answer in new[] { declared, chunked, json, clean })
        {
            Assert.Equal(413, answer.Status);
            Assert.Equal("tooLarge", answer.StatusWord);
            Assert.Contains("over the limit", answer.Reason);
            // The shape of a result: the command's reader takes it back.
            Assert.Equal(ExtractionStatus.TooLarge, JsonArticleWriter.Read(answer.Body).Status);
        }
    }

    [Fact]
    public async Task PastTheTimeBudgetIs504WithATimeoutResult()
    {
        // A million dense cells (9 MB) take the parser far longer than 10 ms (see PageMarkupTests), and the parse watches
        // the budget. (300,000 cells and 20 ms were once enough; Lede's parse and stages got faster than that margin.)
        using var hurried = new ServiceApp(LedeServiceOptions.Default with { Extraction = new ExtractionOptions { TimeBudget = TimeSpan.FromMilliseconds(10) } });
        var page = Encoding.UTF8.GetBytes("<html><body><table>" + string.Concat(Enumerable.Repeat("<tr><td>x", 1_000_000)) + "</table></body></html>");

        var answer = await hurried.PostAsync("/v1/extract", page);

        Assert.Equal(504, answer.Status);
        Assert.Equal("timeout", answer.StatusWord);
        Assert.Contains("time budget", answer.Reason);
    }

    [Fact]
    public async Task CleanTakesRawTextOrJson()
    {
        const string text = "Council approves the new bridge\nThe city council voted on Tuesday to build a new bridge over the river, ending a debate that lasted ten years.\nShare this article\nThe bridge will open in 2028, the mayor said after the vote, and will carry cyclists and walkers as well as cars.";
        var expected = ServiceApp.Expected(Extractor.Clean(text));

        var raw = await _app.PostAsync("/v1/clean", Encoding.UTF8.GetBytes(text), "text/plain; charset=utf-8");
        var json = await _app.PostJsonAsync("/v1/clean", JsonSerializer.Serialize(new { text }));
        var explained = await _app.PostJsonAsync("/v1/clean?explain=true", JsonSerializer.Serialize(new { text }));

        Assert.Equal(200, raw.Status);
        Assert.Equal(expected, raw.Body);
        Assert.Equal(expected, json.Body);
        Assert.Equal(ServiceApp.Expected(Extractor.Clean(text, new ExtractionOptions { Explain = true })), explained.Body);
        AssertError(await _app.PostJsonAsync("/v1/clean", "{\"html\": \"x\"}"), 400, "badRequest", "unknown option 'html'");
    }

    [Fact]
    public async Task HealthOpenApiAndThePageAreServed()
    {
        var client = _app.CreateClient();

        var health = await client.GetAsync("/healthz");
        var page = await client.GetAsync("/");
        using var openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("ok\n", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync());
        var paths = openApi.RootElement.GetProperty("paths");
        var extract = paths.GetProperty("/v1/extract").GetProperty("post");
        Assert.True(extract.GetProperty("requestBody").GetProperty("content").TryGetProperty("text/html", out _));
        Assert.Contains(extract.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "preset");
        foreach (var status in new[] { "200", "400", "403", "413", "422", "429", "502", "504" })
            Assert.True(extract.GetProperty("responses").TryGetProperty(status, out _), $"the document lists {status}");
        Assert.True(paths.TryGetProperty("/v1/clean", out _));
        Assert.True(paths.TryGetProperty("/healthz", out _));
    }

    [Fact]
    public async Task AGetOnTheApiIsNotAStackTrace()
    {
        var answer = await _app.CreateClient().GetAsync("/v1/extract");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.StatusCode);
        Assert.DoesNotContain("   at ", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnUnexpectedFailureIsA500ErrorBodyWithoutItsStackTrace()
    {
        // A fetcher already disposed throws on use: a failure no handler expects.
        var broken = new Lede.Fetch.PageFetcher();
        broken.Dispose();
        using var app = _app.WithWebHostBuilder(host => host.ConfigureServices(services =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, broken)));

        var answer = await ServiceApp.SendAsync(app.CreateClient(), "/v1/extract",
            new StringContent("{\"url\": \"http://news.example/story\"}", Encoding.UTF8, "application/json"));

        AssertError(answer, 500, "internalError", "the service failed on this request");
        Assert.DoesNotContain("ObjectDisposedException", answer.Body);
    }

    /// <summary>An error body: the status, <c>{"status", "reason"}</c> and nothing else, no stack trace.</summary>
    internal static void AssertError(Answer answer, int status, string word, string reason)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/json; charset=utf-8", answer.ContentType);
        using var body = JsonDocument.Parse(answer.Body);
        Assert.Equal(["status", "reason"], body.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(word, answer.StatusWord);
        Assert.Contains(reason, answer.Reason);
        Assert.DoesNotContain("   at ", answer.Body);
    }
}
