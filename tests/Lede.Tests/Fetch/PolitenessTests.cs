using Lede.Fetch;

namespace Lede.Tests.Fetch;

/// <summary>What the fetcher does for the hosts it fetches from: robots.txt, per-host concurrency and spacing.</summary>
public sealed class PolitenessTests : IDisposable
{
    private readonly LocalSite _site = new("User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ObeysRobotsTxtAndFetchesItOnce()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local);

        var allowed = await Task.WhenAll(fetcher.FetchAsync(_site.Url("a")), fetcher.FetchAsync(_site.Url("b")), fetcher.FetchAsync(_site.Url("c")));
        var disallowed = await fetcher.FetchAsync(_site.Url("private/story"));

        Assert.All(allowed, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Equal(FetchStatus.RobotsDisallowed, disallowed.Status);
        Assert.Contains("robots.txt disallows /private/story for Lede", disallowed.Reason);
        Assert.Equal(0, _site.Hits("/private/story"));
        Assert.Equal(1, _site.Hits("/robots.txt"));
    }

    [Fact]
    public async Task TheGroupOfItsOwnTokenWins()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { UserAgent = "OtherBot/1.0" });

        var page = await fetcher.FetchAsync(_site.Url("story"));

        Assert.Equal(FetchStatus.RobotsDisallowed, page.Status);
    }

    [Fact]
    public async Task ARedirectIntoADisallowedPathIsStopped()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local);

        var page = await fetcher.FetchAsync(_site.Url("to-private"));

        Assert.Equal(FetchStatus.RobotsDisallowed, page.Status);
        Assert.Equal(_site.Url("private/story"), page.FinalUrl);
        Assert.Equal(0, _site.Hits("/private/story"));
    }

    [Fact]
    public async Task RobotsCanBeIgnoredByOption()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { RespectRobotsTxt = false });

        var page = await fetcher.FetchAsync(_site.Url("private/story"));

        Assert.Equal(FetchStatus.Ok, page.Status);
        Assert.Equal(0, _site.Hits("/robots.txt"));
    }

    [Theory]
    [InlineData(404, true)]
    [InlineData(403, true)]
    [InlineData(500, false)]
    [InlineData(503, false)]
    public async Task ARobotsTxtErrorAllowsOn4xxAndDisallowsOn5xx(int status, bool allowed)
    {
        _site.RobotsStatus = status;
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { MaxRetries = 0 });

        var page = await fetcher.FetchAsync(_site.Url("story"));

        Assert.Equal(allowed ? FetchStatus.Ok : FetchStatus.RobotsDisallowed, page.Status);
        if (!allowed)
            Assert.Contains("robots.txt unreachable", page.Reason);
    }

    [Fact]
    public async Task AnUnreachableRobotsTxtDisallows()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { MaxRetries = 0 });

        var page = await fetcher.FetchAsync("http://127.0.0.1:1/story");

        Assert.Equal(FetchStatus.RobotsDisallowed, page.Status);
        Assert.Contains("network-error", page.Reason);
    }

    [Fact]
    public async Task OneRequestAtATimeToAHostWhenSoLimited()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { MaxConcurrencyPerHost = 1 });

        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(_site.Url("pause"))));

        Assert.All(pages, page => Assert.Equal(FetchStatus.Ok, page.Status));
        Assert.Equal(1, _site.MaxInFlight);
    }

    [Fact]
    public async Task RequestsToAHostAreSpacedByTheDelay()
    {
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { DelayPerHost = TimeSpan.FromMilliseconds(300), MaxConcurrencyPerHost = 4 });
        var start = _site.Now;

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fetcher.FetchAsync(_site.Url("story"))));

        // robots.txt first, then the three pages: the k-th request cannot start before k delays have passed. (Measured
        // from the start, not between arrivals: a busy machine can only make the site note an arrival late, which
        // would squeeze the gap after an arrival noted late and fail a sound fetcher.)
        var arrivals = _site.Arrivals("/robots.txt").Concat(_site.Arrivals("/story")).Order().ToList();
        Assert.Equal(4, arrivals.Count);
        for (int i = 1; i < arrivals.Count; i++)
            Assert.True(arrivals[i] - start >= i * TimeSpan.FromMilliseconds(280), $"request {i} came {(arrivals[i] - start).TotalMilliseconds:0} ms after the start");
    }

    [Fact]
    public async Task ACrawlDelayLongerThanTheDelayIsHonoured()
    {
        _site.Robots = "User-agent: *\nCrawl-delay: 0.4\n";
        using var fetcher = new PageFetcher(PageFetcherTests.Local with { MaxConcurrencyPerHost = 4 });
        var start = _site.Now;

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fetcher.FetchAsync(_site.Url("story"))));

        // The pages follow robots.txt, each a crawl delay after the one before: the k-th cannot come before k crawl
        // delays from the start (see above why not between arrivals).
        var arrivals = _site.Arrivals("/story").Order().ToList();
        Assert.Equal(3, arrivals.Count);
        for (int i = 1; i < arrivals.Count; i++)
            Assert.True(arrivals[i] - start >= i * TimeSpan.FromMilliseconds(380), $"page {i} came {(arrivals[i] - start).TotalMilliseconds:0} ms after the start");
    }
}
