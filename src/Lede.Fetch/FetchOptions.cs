using System.Net;
using System.Reflection;

namespace Lede.Fetch;

/// <summary>
/// How a <see cref="PageFetcher"/> fetches: who it says it is, how hard it may press a host, what it refuses, and its
/// caps. Immutable; <c>new()</c> gives the defaults, change them with <c>with { … }</c>.
/// </summary>
public sealed record FetchOptions
{
    // Before Default, which reads it: static fields start in the order written.
    /// <summary>The default <see cref="UserAgent"/>.</summary>
    public static string DefaultUserAgent { get; } = MakeDefaultUserAgent();

    /// <summary>The defaults.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>
    /// The <c>User-Agent</c> header. Default: <c>Lede/&lt;version&gt;</c>, followed by <c>(+&lt;repository URL&gt;)</c>
    /// when the build names one, so a site's operator can tell who is fetching. Its first token (before <c>/</c>) is
    /// the product token looked up in robots.txt.
    /// </summary>
    public string UserAgent { get; init; } = DefaultUserAgent;

    /// <summary>Requests in flight to one host (scheme, host and port) at once. Default 2.</summary>
    public int MaxConcurrencyPerHost { get; init; } = 2;

    /// <summary>
    /// The least time between the starts of two requests to one host, retries and robots.txt included. Default 1 s.
    /// A robots.txt <c>Crawl-delay</c> longer than this is honoured, up to <see cref="MaxCrawlDelay"/>.
    /// </summary>
    public TimeSpan DelayPerHost { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest robots.txt <c>Crawl-delay</c> honoured; a longer one is cut to this. Default 10 s.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether robots.txt is fetched (once per host, kept for the fetcher's life) and obeyed. Default true. A robots.txt
    /// that answers 4xx (404 and the like) allows everything; one that answers 429 or 5xx, or cannot be reached, is
    /// taken to disallow everything on that host (RFC 9309 §2.3.1.4: "unreachable" means complete disallow).
    /// </summary>
    public bool RespectRobotsTxt { get; init; } = true;

    /// <summary>
    /// Retries of a request that failed transiently: 408, 429 and 5xx answers, connection failures. Default 3. The
    /// waits grow exponentially from <see cref="RetryBaseDelay"/> with jitter; a <c>Retry-After</c> header is obeyed
    /// when it asks for no more than <see cref="MaxRetryAfter"/>, and an answer that asks for more is not retried.
    /// </summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait before the first retry, when the server named none. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> waited for. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed per URL; each one's scheme, robots.txt and address are checked again. Default 10.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>The largest body read, after decompression; a larger one is <see cref="FetchStatus.TooLarge"/>. Default 16 MiB (the extractor's own input cap).</summary>
    public long MaxResponseBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// The time one URL may take from its first request: retries, redirects and reading the body included; time queued
    /// behind other requests to the same host, and fetching its robots.txt, are not. Default 30 s.
    /// </summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Allows connecting to loopback, private (RFC 1918, unique local), link-local, shared (CGNAT) and other
    /// non-public addresses. Default false: such addresses are refused, checked on the address actually connected to
    /// after DNS, for every redirect too, so neither a name that resolves to 127.0.0.1 nor a redirect to
    /// 169.254.169.254 reaches them. Turn on for an intranet; multicast, broadcast, reserved and unspecified addresses stay refused.
    /// </summary>
    public bool AllowPrivateAddresses { get; init; }

    /// <summary>
    /// Endpoints reachable even though their address would be refused: a narrower opening than
    /// <see cref="AllowPrivateAddresses"/>, e.g. one intranet server. Port 0 matches any port. Default none.
    /// </summary>
    public IReadOnlyCollection<IPEndPoint> AllowedEndpoints { get; init; } = [];

    private static string MakeDefaultUserAgent()
    {
        var assembly = typeof(FetchOptions).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0";
        int plus = version.IndexOf('+');
        version = plus < 0 ? version : version[..plus];
        // The SDK writes RepositoryUrl into the assembly when the build sets it; an agent names only a real address.
        var repository = assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;
        return string.IsNullOrWhiteSpace(repository) ? $"Lede/{version}" : $"Lede/{version} (+{repository})";
    }

    /// <summary>Throws for options no fetcher can work with (a negative or zero cap, an empty agent).</summary>
    internal void Validate()
    {
        if (string.IsNullOrWhiteSpace(UserAgent))
            throw new ArgumentException("UserAgent must not be empty.", nameof(UserAgent));
        if (MaxConcurrencyPerHost < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxConcurrencyPerHost), MaxConcurrencyPerHost, "must be at least 1");
        if (MaxRetries < 0 || MaxRedirects < 0)
            throw new ArgumentOutOfRangeException(MaxRetries < 0 ? nameof(MaxRetries) : nameof(MaxRedirects), "must not be negative");
        if (MaxResponseBytes < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxResponseBytes), MaxResponseBytes, "must be at least 1");
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "must be more than zero");
        if (DelayPerHost < TimeSpan.Zero || RetryBaseDelay < TimeSpan.Zero || MaxRetryAfter < TimeSpan.Zero || MaxCrawlDelay < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(DelayPerHost), "delays must not be negative");
    }
}
