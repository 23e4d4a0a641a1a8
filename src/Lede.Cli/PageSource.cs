using System.Net;
using System.Net.Http.Headers;

namespace Lede.Cli;

/// <summary>One page's bytes, loaded from a file, standard input or an http(s) URL.</summary>
/// <param name="Bytes">The page bytes, gunzipped when they were gzip data.</param>
/// <param name="Url">The page URL: the final URL after redirects for a fetch, else null.</param>
/// <param name="Charset">The charset the HTTP <c>Content-Type</c> named, if any.</param>
internal sealed record PageSource(byte[] Bytes, string? Url, string? Charset)
{
    /// <summary>How long a fetch may take, headers and body together.</summary>
    public static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(20);

    // A browser-like agent: many news sites serve a consent wall or a 403 to unknown clients.
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    // One client for the process, as HttpClient is meant to be used; the timeout is applied per fetch below.
    private static readonly HttpClient Http = CreateClient();

    /// <summary>Loads <paramref name="input"/>: <c>-</c> for stdin, an http(s) URL, or a file path (or <c>file://</c> URL).</summary>
    /// <exception cref="InputTooLargeException">The input is over <paramref name="maxBytes"/>.</exception>
    /// <exception cref="InvalidDataException">The input is broken gzip.</exception>
    /// <exception cref="IOException">The file is missing or unreadable.</exception>
    /// <exception cref="HttpRequestException">The fetch failed or the server answered with an error status.</exception>
    /// <exception cref="TimeoutException">The fetch took longer than <see cref="FetchTimeout"/>.</exception>
    public static async Task<PageSource> LoadAsync(string input, long maxBytes, CancellationToken cancellationToken)
    {
        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return new PageSource(await ReadPageAsync(stdin, maxBytes, "standard input", cancellationToken), null, null);
        }
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return await FetchAsync(uri, maxBytes, cancellationToken);

        input = InputUrls.LocalPath(input);
        // Opening a folder fails with a misleading "access denied"; say what is wrong instead.
        if (Directory.Exists(input))
            throw new IOException($"{input} is a folder, not a file");
        await using var file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return new PageSource(await ReadPageAsync(file, maxBytes, input, cancellationToken), null, null);
    }

    private static async Task<PageSource> FetchAsync(Uri uri, long maxBytes, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(FetchTimeout);
        try
        {
            using var response = await Http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            if (response.Content.Headers.ContentLength > maxBytes)
                throw TooLarge(uri.ToString(), maxBytes);
            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            var bytes = await ReadPageAsync(body, maxBytes, uri.ToString(), deadline.Token);
            var finalUrl = response.RequestMessage?.RequestUri?.ToString() ?? uri.ToString();
            return new PageSource(bytes, finalUrl, CharsetOf(response.Content.Headers.ContentType));
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"fetching {uri} took longer than {FetchTimeout.TotalSeconds:0} s");
        }
    }

    // Reads to the end, but never more than maxBytes: a huge or endless input fails fast instead of filling memory.
    private static async Task<byte[]> ReadCappedAsync(Stream stream, long maxBytes, string name, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                throw TooLarge(name, maxBytes);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    // Gzip is recognised by its magic bytes, not the file name: .html.gz and a gzipped stdin both work.
    // The cap applies after decompression too, so a small gzip bomb is refused; truncated gzip is an error, not a page.
    private static async Task<byte[]> ReadPageAsync(Stream stream, long maxBytes, string name, CancellationToken cancellationToken)
    {
        var bytes = await ReadCappedAsync(stream, maxBytes, name, cancellationToken);
        return GzipData.IsGzip(bytes) ? GzipData.Gunzip(bytes, maxBytes, name) : bytes;
    }

    private static string? CharsetOf(MediaTypeHeaderValue? contentType)
        => contentType?.CharSet?.Trim('"', '\'', ' ') is { Length: > 0 } charset ? charset : null;

    private static InputTooLargeException TooLarge(string name, long maxBytes)
        => new($"{name} is over the limit of {maxBytes:N0} bytes");

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
            ConnectTimeout = FetchTimeout,
        };
        // The whole fetch is bounded by the per-call deadline, which also covers reading the body.
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        return client;
    }
}
