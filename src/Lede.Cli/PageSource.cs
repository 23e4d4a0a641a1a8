using System.Net;
using Lede.Fetch;

namespace Lede.Cli;

/// <summary>One page's bytes, loaded from a file, standard input or an http(s) URL (fetched with <see cref="PageFetcher"/>).</summary>
/// <param name="Bytes">The page bytes, gunzipped when they were gzip data.</param>
/// <param name="Url">The page URL: the final URL after redirects for a fetch, else null.</param>
/// <param name="Charset">The charset the HTTP <c>Content-Type</c> named, if any.</param>
internal sealed record PageSource(byte[] Bytes, string? Url, string? Charset)
{
    /// <summary>Loads <paramref name="input"/>: <c>-</c> for stdin, an http(s) URL, or a file path (or <c>file://</c> URL).</summary>
    /// <exception cref="InputTooLargeException">The input is gzip data over <paramref name="maxBytes"/> (a larger page is cut one byte past it, for the extractor to truncate).</exception>
    /// <exception cref="InvalidDataException">The input is broken gzip.</exception>
    /// <exception cref="TimeoutException">The fetch took longer than its time limit.</exception>
    /// <exception cref="IOException">The file is missing or unreadable.</exception>
    /// <exception cref="HttpRequestException">The fetch failed (its status and reason in the message).</exception>
    public static Task<PageSource> LoadAsync(string input, long maxBytes, CancellationToken cancellationToken)
        => LoadAsync(input, maxBytes, null, cancellationToken);

    /// <summary>
    /// Loads <paramref name="input"/> as <see cref="LoadAsync(string, long, CancellationToken)"/> does, fetching a URL with
    /// <paramref name="fetcher"/> (null: a fetcher with the default options, made for this one URL).
    /// </summary>
    public static async Task<PageSource> LoadAsync(string input, long maxBytes, PageFetcher? fetcher, CancellationToken cancellationToken)
    {
        if (input == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return new PageSource(await ReadPageAsync(stdin, maxBytes, "standard input", cancellationToken), null, null);
        }
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return await FetchAsync(uri, maxBytes, fetcher, cancellationToken);

        input = InputUrls.LocalPath(input);
        // Opening a folder fails with a misleading "access denied"; say what is wrong instead.
        if (Directory.Exists(input))
            throw new IOException($"{input} is a folder, not a file");
        await using var file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return new PageSource(await ReadPageAsync(file, maxBytes, input, cancellationToken), null, null);
    }

    private static async Task<PageSource> FetchAsync(Uri uri, long maxBytes, PageFetcher? fetcher, CancellationToken cancellationToken)
    {
        using var own = fetcher is null ? new PageFetcher(FetchOptions.Default with { MaxResponseBytes = maxBytes }) : null;
        var page = await (fetcher ?? own!).FetchAsync(uri, cancellationToken);
        // A fetch cut short by its time limit or the size cap is a result the caller reports as such (timeout, too large).
        if (page.Status == FetchStatus.Timeout) throw new TimeoutException($"{uri}: {page.Reason}");
        if (page.Status == FetchStatus.TooLarge) throw new InputTooLargeException($"{uri}: {page.Reason}");
        if (!page.IsOk)
            throw new HttpRequestException($"{uri}: {page.StatusWord}: {page.Reason}", null, page.HttpStatus is { } code ? (HttpStatusCode)code : null);
        // The fetcher undid the transfer encoding; a body that is itself gzip (a .html.gz served as is) is undone here.
        await using var body = new MemoryStream(page.Body.ToArray(), writable: false);
        return new PageSource(await ReadPageAsync(body, maxBytes, uri.ToString(), cancellationToken), page.FinalUrl, page.Charset);
    }

    // Reads to the end, but never more than one byte past maxBytes: a huge or endless input is cut there instead of
    // filling memory, and the extractor, seeing it over the limit, reads the part within it (or refuses it). Gzip cut
    // short would be broken, so a compressed input over the limit fails as too large.
    private static async Task<byte[]> ReadCappedAsync(Stream stream, long maxBytes, string name, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                buffer.Write(chunk, 0, (int)(maxBytes + 1 - buffer.Length));
                if (GzipData.IsGzip(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))
                    throw TooLarge(name, maxBytes);
                break;
            }
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

    private static InputTooLargeException TooLarge(string name, long maxBytes)
        => new($"{name} is over the limit of {maxBytes:N0} bytes");
}
