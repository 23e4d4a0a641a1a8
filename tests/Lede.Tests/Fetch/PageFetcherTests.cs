using System.Diagnostics;
using System.Text;
using Lede.Fetch;
using CliPages = Lede.Tests.Cli.TestPages;

namespace Lede.Tests.Fetch;

/// <summary>The fetcher against a site on the loopback (allowed by option): bodies, redirects, retries, caps, pacing.</summary>
public sealed class PageFetcherTests : IDisposable
{
    // Loopback is allowed for these tests only; no pacing, short backoff, so the suite stays quick.
    internal static readonly FetchOptions Local = new()
    {
        AllowPrivateAddresses = true,
        DelayPerHost = TimeSpan.Zero,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
    };

    private readonly LocalSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task FetchesAPageWithItsCharsetAndStatus()
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url("latin1"));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(200, page.HttpStatus);
        Assert.Equal(CliPages.Latin1Story, page.Body.ToArray());
        Assert.Equal("ISO-8859-1", page.Charset);
        Assert.Equal("text/html", page.MediaType);
        Assert.Null(page.Reason);
        Assert.Equal(_site.Url("latin1"), page.FinalUrl);
    }

    [Fact]
    public async Task TheExtractorReadsTheBodyWithTheTransportsCharset()
    {
        await using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url("latin1"));
        var result = Extractor.Extract(page.Body.Span, page.FinalUrl, new ExtractionOptions { Charset = page.Charset });

        Assert.Contains("café", result.Article!.Text);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task DecompressesGzipAndBrotli(string path)
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url(path));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(CliPages.Story, page.Body.ToArray());
    }

    [Fact]
    public async Task SendsTheHonestUserAgentByDefaultAndAGivenOneOnRequest()
    {
        using var plain = new PageFetcher(Local);
        using var named = new PageFetcher(Local with { UserAgent = "NewsArchive/2.1 (+mailto:ops@example.org)" });

        var byDefault = Encoding.UTF8.GetString((await plain.FetchAsync(_site.Url("echo-agent"))).Body.Span);
        var given = Encoding.UTF8.GetString((await named.FetchAsync(_site.Url("echo-agent"))).Body.Span);

        Assert.StartsWith("Lede/", byDefault);
        Assert.Equal(FetchOptions.DefaultUserAgent, byDefault);
        Assert.Equal("NewsArchive/2.1 (+mailto:ops@example.org)", given);
    }

    [Theory]
    [InlineData("moved")]
    [InlineData("moved-relative")]
    public async Task FollowsRedirectsToTheFinalUrl(string path)
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url(path));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(_site.Url("story"), page.FinalUrl);
        Assert.Equal(_site.Url(path), page.RequestedUrl);
        Assert.Equal(1, page.Redirects);
    }

    [Fact]
    public async Task StopsARedirectLoopAtTheLimit()
    {
        using var fetcher = new PageFetcher(Local with { MaxRedirects = 3 });

        var page = await fetcher.FetchAsync(_site.Url("loop"));

        Assert.Equal(FetchStatus.HttpError, page.Status);
        Assert.Contains("more than 3 redirects", page.Reason);
        Assert.Equal(4, _site.Hits("/loop"));
    }

    [Fact]
    public async Task AnErrorStatusIsAnHttpErrorWithItsCode()
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url("gone"));

        Assert.Equal(FetchStatus.HttpError, page.Status);
        Assert.Equal(404, page.HttpStatus);
        Assert.Contains("404", page.Reason);
        Assert.True(page.Body.IsEmpty);
    }

    [Fact]
    public async Task RetriesA503ThenSucceeds()
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url("flaky"));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(2, _site.Hits("/flaky"));
    }

    [Fact]
    public async Task GivesUpAfterTheRetries()
    {
        using var fetcher = new PageFetcher(Local with { MaxRetries = 2 });

        var page = await fetcher.FetchAsync(_site.Url("down"));

        Assert.Equal(FetchStatus.HttpError, page.Status);
        Assert.Equal(503, page.HttpStatus);
        Assert.Equal(3, _site.Hits("/down"));
    }

    [Fact]
    public async Task WaitsWhatRetryAfterAsks()
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(_site.Url("busy-once"));

        Assert.Equal(FetchStatus.Ok, page.Status);
        var arrivals = _site.Arrivals("/busy-once");
        Assert.Equal(2, arrivals.Count);
        // Retry-After: 1, not the 50 ms backoff.
        Assert.True(arrivals[1] - arrivals[0] >= TimeSpan.FromMilliseconds(900), $"retried after {(arrivals[1] - arrivals[0]).TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task DoesNotWaitARetryAfterOverTheCap()
    {
        using var fetcher = new PageFetcher(Local);
        var clock = Stopwatch.StartNew();

        var page = await fetcher.FetchAsync(_site.Url("busy-long"));

        Assert.Equal(FetchStatus.HttpError, page.Status);
        Assert.Equal(429, page.HttpStatus);
        Assert.Contains("Retry-After 3600 s is over the 30 s cap", page.Reason);
        Assert.Equal(1, _site.Hits("/busy-long"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ASlowPageTimesOutWithinItsTime()
    {
        using var fetcher = new PageFetcher(Local with { Timeout = TimeSpan.FromMilliseconds(500) });
        var clock = Stopwatch.StartNew();

        var page = await fetcher.FetchAsync(_site.Url("slow"));

        Assert.Equal(FetchStatus.Timeout, page.Status);
        Assert.Contains("0.5 s", page.Reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("huge")]
    [InlineData("huge-declared")]
    public async Task ABodyOverTheCapIsTooLarge(string path)
    {
        using var fetcher = new PageFetcher(Local with { MaxResponseBytes = 100_000 });

        var page = await fetcher.FetchAsync(_site.Url(path));

        Assert.Equal(FetchStatus.TooLarge, page.Status);
        Assert.Contains("100,000", page.Reason);
        Assert.True(page.Body.IsEmpty);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public async Task ABadUrlIsAValueNotAnException(string url)
    {
        using var fetcher = new PageFetcher(Local);

        var page = await fetcher.FetchAsync(url);

        Assert.Equal(FetchStatus.InvalidUrl, page.Status);
        Assert.Equal("invalid-url", page.StatusWord);
    }

    [Fact]
    public async Task ADeadPortIsANetworkError()
    {
        using var fetcher = new PageFetcher(Local with { MaxRetries = 1, RespectRobotsTxt = false });

        var page = await fetcher.FetchAsync("http://127.0.0.1:1/story");

        Assert.Equal(FetchStatus.NetworkError, page.Status);
        Assert.False(string.IsNullOrWhiteSpace(page.Reason));
        Assert.DoesNotContain('\n', page.Reason!);
    }

    [Fact]
    public async Task CancellationByTheCallerThrows()
    {
        using var fetcher = new PageFetcher(Local);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetcher.FetchAsync(_site.Url("slow"), cancel.Token));
    }

    [Fact]
    public async Task AfterDisposeAFetchThrows()
    {
        var fetcher = new PageFetcher(Local);
        await fetcher.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => fetcher.FetchAsync(_site.Url("story")));
    }

    [Fact]
    public void UnusableOptionsAreRefusedAtOnce()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageFetcher(Local with { MaxConcurrencyPerHost = 0 }));
        Assert.Throws<ArgumentException>(() => new PageFetcher(Local with { UserAgent = " " }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PageFetcher(Local with { Timeout = TimeSpan.Zero }));
    }
}
