using System.Text;

namespace Lede.Fetch;

/// <summary>robots.txt: fetched once per origin, shared by every URL of it, and asked before each request.</summary>
public sealed partial class PageFetcher
{
    // RFC 9309 §2.3.1.2: follow at least five redirects for robots.txt.
    private const int RobotsRedirects = 5;

    /// <summary>Null when <paramref name="url"/> may be fetched; else the result that says why not.</summary>
    private async Task<FetchResult?> RobotsVerdictAsync(Uri url, HostState host, CancellationToken token)
    {
        Task<RobotsOutcome> robots;
        lock (host.RobotsGate)
            robots = host.Robots ??= LoadRobotsAsync(url, host);
        var outcome = await robots.WaitAsync(token).ConfigureAwait(false);
        if (outcome.Refused is { } refused)
            return Fail(url.OriginalString, url, FetchStatus.Refused, refused);
        if (outcome.Rules.Allows(url.PathAndQuery))
            return null;
        var reason = outcome.Rules.Blanket ?? $"robots.txt disallows {Shorten(url.PathAndQuery)} for {_productToken}";
        return Fail(url.OriginalString, url, FetchStatus.RobotsDisallowed, reason);
    }

    // Runs on the fetcher's life, not one caller's token: every URL of the origin waits on it.
    private async Task<RobotsOutcome> LoadRobotsAsync(Uri url, HostState host)
    {
        var robotsUrl = new Uri(url.GetLeftPart(UriPartial.Authority) + "/robots.txt");
        var limits = new Limits(RobotsRules.MaxBytes, RobotsRedirects, CheckRobots: false, Truncate: true);
        FetchResult result;
        try
        {
            result = await FetchCoreAsync(robotsUrl, robotsUrl.AbsoluteUri, limits, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return new RobotsOutcome(RobotsRules.DisallowAll("the fetcher was disposed"), null);
        }
        var outcome = Judge(result);
        if (outcome.Rules.CrawlDelay is { } delay)
            host.UseCrawlDelay(delay);
        return outcome;
    }

    private RobotsOutcome Judge(FetchResult result)
    {
        switch (result.Status)
        {
            case FetchStatus.Ok:
                return new RobotsOutcome(RobotsRules.Parse(Encoding.UTF8.GetString(result.Body.Span), _productToken), null);
            // The origin's own address is refused: so is every URL of it.
            case FetchStatus.Refused when result.Redirects == 0:
                return new RobotsOutcome(RobotsRules.AllowAll, result.Reason);
            // RFC 9309 §2.3.1.3: 4xx "unavailable" allows everything; so do too many redirects (§2.3.1.2). 429 is the
            // server asking to slow down, not saying there is no file: it counts as unreachable, below.
            case FetchStatus.HttpError when result.HttpStatus is >= 300 and < 500 and not 429:
                return new RobotsOutcome(RobotsRules.AllowAll, null);
            // §2.3.1.4: unreachable (5xx, 429, network, timeout) means complete disallow, until the fetcher is made anew.
            default:
                return new RobotsOutcome(RobotsRules.DisallowAll($"robots.txt unreachable ({result.StatusWord}: {result.Reason}), so everything on the host is taken as disallowed"), null);
        }
    }
}
