using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Lede.Fetch;

/// <summary>
/// A polite HTTP client for many URLs: at most <see cref="FetchOptions.MaxConcurrencyPerHost"/> requests in flight
/// to one host and <see cref="FetchOptions.DelayPerHost"/> between their starts; robots.txt fetched once per host and
/// obeyed; retries with backoff for 408, 429, 5xx and connection failures (honouring <c>Retry-After</c> up to a
/// cap); redirects followed one by one, each checked again; loopback, private, link-local, multicast and
/// unspecified addresses refused after DNS, on the address actually connected to; body and time capped.
/// <para>
/// Create one and reuse it: it is thread-safe, and what it learns about hosts (robots.txt, pacing, connections) lasts
/// its life. <see cref="FetchAsync(string, CancellationToken)"/> never throws for a bad URL or a bad server — the
/// <see cref="FetchResult"/> says what happened — only for the caller's cancellation or use after dispose.
/// </para>
/// </summary>
/// <example>
/// <code>
/// await using var fetcher = new PageFetcher(new FetchOptions { UserAgent = "MyBot/1.0 (+https://example.org/bot)" });
/// var page = await fetcher.FetchAsync("https://example.org/news/story");
/// if (page.IsOk)
///     Console.WriteLine($"{page.Body.Length} bytes, charset {page.Charset}");
/// else
///     Console.WriteLine($"{page.StatusWord}: {page.Reason}");
/// </code>
/// </example>
public sealed partial class PageFetcher : IDisposable, IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, HostState> _hosts = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _life = new();
    private readonly string _productToken;
    private int _disposed;

    /// <summary>A fetcher with <paramref name="options"/> (default: <see cref="FetchOptions.Default"/>).</summary>
    /// <exception cref="ArgumentException">The options are unusable (an empty agent, a cap below 1).</exception>
    public PageFetcher(FetchOptions? options = null)
    {
        Options = options ?? FetchOptions.Default;
        Options.Validate();
        _productToken = Options.UserAgent.Split('/', ' ')[0];
        _http = HttpStack.Create(Options, new AddressPolicy(Options), Host);
    }

    /// <summary>The options this fetcher was made with.</summary>
    public FetchOptions Options { get; }

    /// <summary>Fetches <paramref name="url"/>; see <see cref="FetchResult"/> for what comes back.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The fetcher was disposed.</exception>
    public Task<FetchResult> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var trimmed = url.Trim();
        // On Unix a rooted path parses as an absolute file: URI; only a URL written as one counts as one.
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.IsFile && !trimmed.StartsWith("file:", StringComparison.OrdinalIgnoreCase)))
            return Task.FromResult(Fail(url, url, FetchStatus.InvalidUrl, $"not an absolute URL: {Shorten(trimmed)}"));
        return FetchAsync(uri, url, cancellationToken);
    }

    /// <summary>Fetches <paramref name="url"/>; see <see cref="FetchResult"/> for what comes back.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The fetcher was disposed.</exception>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri)
            return Task.FromResult(Fail(url.OriginalString, url.OriginalString, FetchStatus.InvalidUrl, $"not an absolute URL: {Shorten(url.OriginalString)}"));
        return FetchAsync(url, url.OriginalString, cancellationToken);
    }

    private Task<FetchResult> FetchAsync(Uri url, string requested, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return FetchCoreAsync(url, requested, new Limits(Options.MaxResponseBytes, Options.MaxRedirects, Options.RespectRobotsTxt, Truncate: false), cancellationToken);
    }

    // What one kind of fetch may do: pages are capped and checked against robots.txt; robots.txt itself is cut at its cap.
    private readonly record struct Limits(long MaxBytes, int MaxRedirects, bool CheckRobots, bool Truncate);

    private async Task<FetchResult> FetchCoreAsync(Uri url, string requested, Limits limits, CancellationToken cancellationToken)
    {
        var current = url;
        int redirects = 0;
        int? lastStatus = null;
        using var deadline = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token, _life.Token);
        var token = linked.Token;
        try
        {
            while (true)
            {
                if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
                    return Fail(requested, current, FetchStatus.Refused, $"the scheme {current.Scheme}: is not http or https", redirects, lastStatus);
                var host = Host(current);
                if (limits.CheckRobots && await RobotsVerdictAsync(current, host, token).ConfigureAwait(false) is { } verdict)
                    return verdict with { RequestedUrl = requested, Redirects = redirects, HttpStatus = lastStatus };

                // Queued behind other requests to the host: not yet on the URL's clock, which starts with its first request.
                using var slot = await host.EnterAsync(token).ConfigureAwait(false);
                if (redirects == 0)
                    deadline.CancelAfter(Options.Timeout);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                int code = (int)response.StatusCode;
                lastStatus = code;
                if (code is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (redirects == limits.MaxRedirects)
                        return Fail(requested, current, FetchStatus.HttpError, $"more than {limits.MaxRedirects} redirects", redirects, code);
                    current = new Uri(current, location);
                    redirects++;
                    continue;
                }
                if (code is < 200 or >= 300)
                    return Fail(requested, current, FetchStatus.HttpError, HttpErrorReason(response), redirects, code);
                return await ReadBodyAsync(response, requested, current, redirects, limits, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ObjectDisposedException.ThrowIf(_life.IsCancellationRequested, this);
            return Fail(requested, current, FetchStatus.Timeout, $"took longer than {Options.Timeout.TotalSeconds:0.###} s", redirects, lastStatus);
        }
        catch (HttpRequestException e) when (e.InnerException is AddressRefusedException refused)
        {
            return Fail(requested, current, FetchStatus.Refused, refused.Message, redirects, lastStatus);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or UriFormatException)
        {
            // InvalidOperationException and UriFormatException: a Location header no URL can be made of.
            return Fail(requested, current, FetchStatus.NetworkError, Describe(e), redirects, lastStatus);
        }
    }

    private static async Task<FetchResult> ReadBodyAsync(HttpResponseMessage response, string requested, Uri current, int redirects, Limits limits, CancellationToken token)
    {
        int code = (int)response.StatusCode;
        var contentType = response.Content.Headers.ContentType;
        if (!limits.Truncate && response.Content.Headers.ContentLength is { } declared && declared > limits.MaxBytes)
            return Fail(requested, current, FetchStatus.TooLarge, $"the body is {declared:N0} bytes, over the limit of {limits.MaxBytes:N0}", redirects, code);
        var (body, over) = await ReadCappedAsync(response.Content, limits.MaxBytes, token).ConfigureAwait(false);
        if (over && !limits.Truncate)
            return Fail(requested, current, FetchStatus.TooLarge, $"the body is over the limit of {limits.MaxBytes:N0} bytes", redirects, code);
        return new FetchResult
        {
            RequestedUrl = requested,
            FinalUrl = current.AbsoluteUri,
            Status = FetchStatus.Ok,
            HttpStatus = code,
            Body = body,
            MediaType = contentType?.MediaType,
            Charset = CharsetOf(contentType),
            Redirects = redirects,
        };
    }

    // Reads at most cap bytes (after decompression): a huge or endless body stops at the cap instead of filling memory.
    private static async Task<(byte[] Body, bool Over)> ReadCappedAsync(HttpContent content, long cap, CancellationToken token)
    {
        await using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                buffer.Write(chunk, 0, (int)(cap - buffer.Length));
                return (buffer.ToArray(), true);
            }
            buffer.Write(chunk, 0, read);
        }
        return (buffer.ToArray(), false);
    }

    private HostState Host(Uri url) => _hosts.GetOrAdd(url.GetLeftPart(UriPartial.Authority), static (_, options) => new HostState(options), Options);

    private static string? CharsetOf(MediaTypeHeaderValue? contentType)
        => contentType?.CharSet?.Trim('"', '\'', ' ') is { Length: > 0 } charset ? charset : null;

    private string HttpErrorReason(HttpResponseMessage response)
    {
        var reason = $"answered {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
        if (HttpStack.RetryAfter(response) is { } wait && wait > Options.MaxRetryAfter)
            reason += $"; Retry-After {wait.TotalSeconds:0} s is over the {Options.MaxRetryAfter.TotalSeconds:0} s cap";
        return reason;
    }

    private static string Describe(Exception e)
    {
        var message = e.InnerException is { } inner && !e.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{e.Message} ({inner.Message})"
            : e.Message;
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..199] + "…";

    private static FetchResult Fail(string requested, Uri current, FetchStatus status, string reason, int redirects = 0, int? httpStatus = null)
        => Fail(requested, current.IsAbsoluteUri ? current.AbsoluteUri : current.OriginalString, status, reason) with { Redirects = redirects, HttpStatus = httpStatus };

    private static FetchResult Fail(string requested, string current, FetchStatus status, string reason)
        => new() { RequestedUrl = requested, FinalUrl = current, Status = status, Reason = reason };

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _life.Cancel();
        _http.Dispose();
        _life.Dispose();
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
