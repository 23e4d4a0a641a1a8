using System.Net;
using System.Text.Json;
using Lede.Fetch;
using Lede.Service;
using Lede.Tests.Fetch;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Service;

/// <summary>
/// <c>{"url": …}</c>: fetched with the library's fetcher and its refusal policy. Every refusal is shown to reach nothing:
/// the local sites count their hits, and by default none may get one. The sites live on 127.0.0.1, so a test that
/// fetches opens exactly one site's endpoint (<see cref="FetchOptions.AllowedEndpoints"/>) and nothing else.
/// </summary>
public sealed class ServiceFetchTests : IDisposable
{
    private readonly LocalSite _site = new();
    private readonly LocalSite _inside = new();

    public void Dispose()
    {
        _site.Dispose();
        _inside.Dispose();
    }

    private LedeServiceOptions OnlyTheSite(Func<FetchOptions, FetchOptions>? change = null)
    {
        var fetch = ServiceApp.Quick.Fetch with { AllowedEndpoints = [new IPEndPoint(IPAddress.Loopback, _site.Port)] };
        return ServiceApp.Quick with { Fetch = change is null ? fetch : change(fetch) };
    }

    private static Task<Answer> Fetch(ServiceApp app, string url, string more = "")
        => app.PostJsonAsync("/v1/extract", $"{{\"url\": {JsonSerializer.Serialize(url)}{more}}}");

    [Fact]
    public async Task AFetchedPageGivesTheLibrarysResultForItsFinalUrl()
    {
        using var app = new ServiceApp(OnlyTheSite());

        var answer = await Fetch(app, _site.Url("moved"));

        Assert.Equal(200, answer.Status);
        var expected = Extractor.Extract(CliPages.Story, _site.Url("story"), new ExtractionOptions { Charset = "utf-8" });
        Assert.Equal(ServiceApp.Expected(expected), answer.Body);
        Assert.Equal(1, _site.Hits("/story"));
    }

    [Fact]
    public async Task ByDefaultTheLoopbackIsRefusedAndNeverReached()
    {
        using var app = new ServiceApp();

        var byAddress = await Fetch(app, _site.Url("story"));
        var byName = await Fetch(app, $"http://localhost:{_site.Port}/story");

        ServiceApiTests.AssertError(byAddress, 403, "refused", "loopback");
        ServiceApiTests.AssertError(byName, 403, "refused", "localhost resolves to");
        Assert.Equal(0, _site.Hits("/story"));
        Assert.Equal(0, _site.Hits("/robots.txt"));
    }

    [Theory]
    [InlineData("http://[::1]:9/")]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://192.168.0.1/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://224.0.0.1/")]
    [InlineData("http://0.0.0.0:9/")]
    public async Task NonPublicAddressesAreRefused(string url)
    {
        using var app = new ServiceApp();

        var answer = await Fetch(app, url);

        ServiceApiTests.AssertError(answer, 403, "refused", "address");
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/page.html")]
    [InlineData("gopher://example.com/")]
    public async Task OtherSchemesAreRefusedBeforeAnyFetch(string url)
    {
        using var app = new ServiceApp();

        var answer = await Fetch(app, url);

        ServiceApiTests.AssertError(answer, 400, "badRequest", "http(s)");
    }

    [Fact]
    public async Task ARedirectFromAnAllowedSiteToTheLoopbackIsRefused()
    {
        _site.Away = _inside.Url("story");
        using var app = new ServiceApp(OnlyTheSite());

        var answer = await Fetch(app, _site.Url("away"));

        ServiceApiTests.AssertError(answer, 403, "refused", "loopback");
        Assert.Equal(1, _site.Hits("/away"));
        Assert.Equal(0, _inside.Hits("/story"));
        Assert.Equal(0, _inside.Hits("/robots.txt"));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.1/admin", "private")]
    public async Task ARedirectToANonPublicAddressIsRefused(string target, string kind)
    {
        _site.Away = target;
        using var app = new ServiceApp(OnlyTheSite());

        var answer = await Fetch(app, _site.Url("away"));

        ServiceApiTests.AssertError(answer, 403, "refused", kind);
    }

    [Fact]
    public async Task ARedirectToAnotherSchemeIsRefused()
    {
        using var app = new ServiceApp(OnlyTheSite());

        var answer = await Fetch(app, _site.Url("to-file"));

        ServiceApiTests.AssertError(answer, 403, "refused", "file");
    }

    [Fact]
    public async Task AllowingPrivateAddressesReachesAnIntranetSite()
    {
        using var app = new ServiceApp(ServiceApp.Quick with { Fetch = ServiceApp.Quick.Fetch with { AllowPrivateAddresses = true } });

        var answer = await Fetch(app, _inside.Url("story"), ", \"preset\": \"recall\"");

        Assert.Equal(200, answer.Status);
        Assert.Equal("ok", answer.StatusWord);
        Assert.Equal(1, _inside.Hits("/story"));
    }

    [Fact]
    public async Task ASiteThatFailsIs502()
    {
        using var app = new ServiceApp(OnlyTheSite());

        var answer = await Fetch(app, _site.Url("down"));

        ServiceApiTests.AssertError(answer, 502, "upstreamError", "503");
    }

    [Fact]
    public async Task ASiteThatCannotBeReachedIs502()
    {
        int closed = LocalSite.FreePort();
        using var app = new ServiceApp(ServiceApp.Quick with
        {
            // robots.txt unreachable would disallow the page (RFC 9309) before the page itself failed.
            Fetch = ServiceApp.Quick.Fetch with { AllowedEndpoints = [new IPEndPoint(IPAddress.Loopback, closed)], RespectRobotsTxt = false },
        });

        var answer = await Fetch(app, $"http://127.0.0.1:{closed}/story");

        ServiceApiTests.AssertError(answer, 502, "networkError", "");
    }

    [Fact]
    public async Task RobotsTxtIsObeyed()
    {
        _site.Robots = "User-agent: *\nDisallow: /\n";
        using var app = new ServiceApp(OnlyTheSite());

        var answer = await Fetch(app, _site.Url("story"));

        ServiceApiTests.AssertError(answer, 403, "robotsDisallowed", "robots.txt");
        Assert.Equal(0, _site.Hits("/story"));
    }

    [Fact]
    public async Task AFetchPastItsTimeIs504WithATimeoutResult()
    {
        using var app = new ServiceApp(OnlyTheSite(fetch => fetch with { Timeout = TimeSpan.FromMilliseconds(500) }));

        var answer = await Fetch(app, _site.Url("slow"));

        Assert.Equal(504, answer.Status);
        Assert.Equal(ExtractionStatus.Timeout, JsonArticleWriter.Read(answer.Body).Status);
    }

    [Fact]
    public async Task AFetchOverTheCapIs413WithATooLargeResult()
    {
        // The extractor's cap bounds the fetch too, whatever the fetch options say.
        using var app = new ServiceApp(OnlyTheSite() with { Extraction = new ExtractionOptions { MaxInputBytes = 512 * 1024 } });

        var answer = await Fetch(app, _site.Url("huge"));

        Assert.Equal(413, answer.Status);
        Assert.Equal(ExtractionStatus.TooLarge, JsonArticleWriter.Read(answer.Body).Status);
    }

    [Fact]
    public async Task PastTheConcurrencyLimitIs429AtOnce()
    {
        using var app = new ServiceApp(OnlyTheSite() with { MaxConcurrency = 1 });
        var first = Fetch(app, _site.Url("slow"));
        // Wait until the first request holds the one place (its fetch has reached the site).
        for (int i = 0; i < 200 && _site.Hits("/slow") == 0; i++)
            await Task.Delay(25);
        Assert.Equal(1, _site.Hits("/slow"));

        var second = await app.PostAsync("/v1/extract", CliPages.Story);

        ServiceApiTests.AssertError(second, 429, "tooManyRequests", "1 requests");
        Assert.Equal("1", second.RetryAfter);
        Assert.Equal(200, (await first).Status);
        Assert.Equal(200, (await app.PostAsync("/v1/extract", CliPages.Story)).Status);
    }
}
