namespace Lede.Fetch;

/// <summary>
/// What one fetch came to. A fetch never throws for a bad URL or a bad server: it returns this, with a
/// <see cref="Status"/> and, unless it is <see cref="FetchStatus.Ok"/>, a one-line <see cref="Reason"/>.
/// </summary>
public sealed record FetchResult
{
    /// <summary>The URL as it was asked for.</summary>
    public required string RequestedUrl { get; init; }

    /// <summary>The URL of the last request made (after redirects); the requested URL when none was made.</summary>
    public required string FinalUrl { get; init; }

    /// <summary>How the fetch ended.</summary>
    public required FetchStatus Status { get; init; }

    /// <summary>The HTTP status code of the last answer; null when no answer came.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>The body, decompressed (gzip, deflate, Brotli); empty unless <see cref="Status"/> is <see cref="FetchStatus.Ok"/>.</summary>
    public ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The media type of the <c>Content-Type</c> header (<c>text/html</c>), if any.</summary>
    public string? MediaType { get; init; }

    /// <summary>The charset the <c>Content-Type</c> header names, if any: pass it to the extractor (<c>ExtractionOptions.Charset</c>).</summary>
    public string? Charset { get; init; }

    /// <summary>How many redirects were followed.</summary>
    public int Redirects { get; init; }

    /// <summary>Why the fetch failed, in one line; null for <see cref="FetchStatus.Ok"/>.</summary>
    public string? Reason { get; init; }

    /// <summary>True when the body was fetched.</summary>
    public bool IsOk => Status == FetchStatus.Ok;

    /// <summary>The status as the word used in Lede's output lines: <c>ok</c>, <c>invalid-url</c>, <c>refused</c>, <c>robots-disallowed</c>, <c>http-error</c>, <c>too-large</c>, <c>timeout</c>, <c>network-error</c>.</summary>
    public string StatusWord => Word(Status);

    /// <summary>The output word of <paramref name="status"/> (see <see cref="StatusWord"/>).</summary>
    public static string Word(FetchStatus status) => status switch
    {
        FetchStatus.Ok => "ok",
        FetchStatus.InvalidUrl => "invalid-url",
        FetchStatus.Refused => "refused",
        FetchStatus.RobotsDisallowed => "robots-disallowed",
        FetchStatus.HttpError => "http-error",
        FetchStatus.TooLarge => "too-large",
        FetchStatus.Timeout => "timeout",
        _ => "network-error",
    };
}
