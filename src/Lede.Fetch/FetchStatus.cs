namespace Lede.Fetch;

/// <summary>How a fetch ended. Only <see cref="Ok"/> carries a body.</summary>
public enum FetchStatus
{
    /// <summary>A 2xx answer, its body read whole (within <see cref="FetchOptions.MaxResponseBytes"/>).</summary>
    Ok,

    /// <summary>The URL is not an absolute http(s) URL.</summary>
    InvalidUrl,

    /// <summary>
    /// Not fetched: the URL, or a redirect, names a scheme other than http(s), or its host resolves only to addresses
    /// that are refused (loopback, private, link-local, multicast, unspecified, …; see <see cref="FetchOptions.AllowPrivateAddresses"/>).
    /// </summary>
    Refused,

    /// <summary>Not fetched: the site's robots.txt disallows the URL for this user agent, or could not be read (see <see cref="PageFetcher"/>).</summary>
    RobotsDisallowed,

    /// <summary>The server answered with a status other than 2xx (after retries, for 429 and 5xx), or redirected too often.</summary>
    HttpError,

    /// <summary>The body is larger than <see cref="FetchOptions.MaxResponseBytes"/> (declared or once read that far).</summary>
    TooLarge,

    /// <summary>The URL took longer than <see cref="FetchOptions.Timeout"/>, retries and redirects included.</summary>
    Timeout,

    /// <summary>DNS, connection, TLS or protocol failure (after retries).</summary>
    NetworkError,
}
