using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Lede.Fetch;

/// <summary>
/// The handlers under the fetcher's <see cref="HttpClient"/>, outermost first: retries (Microsoft.Extensions.Http.Resilience),
/// then the per-host pacing of every attempt, then the socket handler whose connection step checks addresses.
/// Redirects are not followed here: the fetcher follows them itself, checking each hop.
/// </summary>
internal static class HttpStack
{
    public static HttpClient Create(FetchOptions options, AddressPolicy addresses, Func<Uri, HostState> hosts)
    {
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = addresses.ConnectAsync,
            ConnectTimeout = options.Timeout,
            // A proxy would be what the connection step checks, not the server: the fetcher connects directly.
            UseProxy = false,
            UseCookies = false,
            MaxConnectionsPerServer = options.MaxConcurrencyPerHost,
            // Pooled connections are re-resolved (and so re-checked) after this long.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        var pacing = new PacingHandler(hosts) { InnerHandler = sockets };
        var retries = new ResilienceHandler(RetryPipeline(options)) { InnerHandler = pacing };
        var client = new HttpClient(retries) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.Clear();
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        return client;
    }

    private static ResiliencePipeline<HttpResponseMessage> RetryPipeline(FetchOptions options)
    {
        if (options.MaxRetries == 0)
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            // Retry-After is read below, so that a wait over the cap can be refused rather than obeyed.
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result)),
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(retry).Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, FetchOptions options)
    {
        // A refused address is a verdict, not a failure that passes.
        if (outcome.Exception is HttpRequestException { InnerException: AddressRefusedException })
            return false;
        if (!HttpClientResiliencePredicates.IsTransient(outcome))
            return false;
        return RetryAfter(outcome.Result) is not { } wait || wait <= options.MaxRetryAfter;
    }

    /// <summary>The wait a 429 or 503 answer's <c>Retry-After</c> asks for (seconds or a date), if it names one.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response)
    {
        if (response?.Headers.RetryAfter is not { } header)
            return null;
        if (header.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}

/// <summary>Spaces the requests to one origin (every attempt, retries included) by its delay.</summary>
internal sealed class PacingHandler(Func<Uri, HostState> hosts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await hosts(request.RequestUri!).PaceAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
