using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lede.Fetch;
using Microsoft.AspNetCore.Http;

namespace Lede.Service.Api;

/// <summary>
/// An answer of the API: an HTTP status and a JSON body, either an <see cref="ExtractionResult"/> exactly as
/// <c>lede extract --format json</c> writes it, or an error body <c>{"status": word, "reason": text}</c>. Both shapes
/// have <c>status</c> and <c>reason</c>, so a client reads them the same way.
/// </summary>
internal sealed class ApiAnswer : IResult
{
    private static readonly JsonWriterOptions s_errorJson = new()
    {
        Indented = true,
        // As the result writer does: readable text, not \u escapes for every non-ASCII letter.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private ApiAnswer(int status, string json)
    {
        StatusCode = status;
        Json = json;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The body, ending in a newline as the command's output does.</summary>
    public string Json { get; }

    /// <summary>Seconds a client should wait before trying again, for a 429; else null.</summary>
    public int? RetryAfterSeconds { get; private init; }

    /// <summary>A result of the library, with the status that fits it: 200 for an article or none (ok, empty), 413 too large, 422 not HTML, 504 timeout.</summary>
    public static ApiAnswer Of(ExtractionResult result) => new(HttpStatusOf(result.Status), EndLine(JsonArticleWriter.Write(result)));

    /// <summary>A failed result the service found itself (a body or a fetch over a cap, a fetch past its time), answered as the library's own.</summary>
    public static ApiAnswer Failed(ExtractionStatus status, string reason) => Of(new ExtractionResult { Status = status, Reason = reason });

    /// <summary>The HTTP status of a library result.</summary>
    public static int HttpStatusOf(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Ok or ExtractionStatus.Empty => StatusCodes.Status200OK,
        ExtractionStatus.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ExtractionStatus.NotHtml => StatusCodes.Status422UnprocessableEntity,
        ExtractionStatus.Timeout => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>400 with an error body: the request itself is wrong (bad JSON, an unknown option, no page).</summary>
    public static ApiAnswer BadRequest(string reason) => Error(StatusCodes.Status400BadRequest, ErrorStatus.BadRequest, reason);

    /// <summary>429 with an error body and <c>Retry-After: 1</c>: the concurrency limit is full.</summary>
    public static ApiAnswer Busy(int limit) => new(StatusCodes.Status429TooManyRequests,
        ErrorJson(ErrorStatus.TooManyRequests, $"{limit} requests are being answered already; try again shortly"))
    {
        RetryAfterSeconds = 1,
    };

    /// <summary>
    /// The answer to a fetch that brought no page. A fetch cut by the time or size cap is a library result (504 timeout,
    /// 413 too large) as <c>lede extract</c> reports it; the others are error bodies: 400 a bad URL, 403 refused by the
    /// address policy or robots.txt, 502 the site failed (an HTTP error, a network error).
    /// </summary>
    public static ApiAnswer OfFailedFetch(FetchResult fetch) => fetch.Status switch
    {
        FetchStatus.Timeout => Failed(ExtractionStatus.Timeout, $"{fetch.RequestedUrl}: {fetch.Reason}"),
        FetchStatus.TooLarge => Failed(ExtractionStatus.TooLarge, $"{fetch.RequestedUrl}: {fetch.Reason}"),
        FetchStatus.InvalidUrl => Error(StatusCodes.Status400BadRequest, ErrorStatus.InvalidUrl, fetch.Reason),
        FetchStatus.Refused => Error(StatusCodes.Status403Forbidden, ErrorStatus.Refused, fetch.Reason),
        FetchStatus.RobotsDisallowed => Error(StatusCodes.Status403Forbidden, ErrorStatus.RobotsDisallowed, fetch.Reason),
        FetchStatus.HttpError => Error(StatusCodes.Status502BadGateway, ErrorStatus.UpstreamError, fetch.Reason),
        _ => Error(StatusCodes.Status502BadGateway, ErrorStatus.NetworkError, fetch.Reason),
    };

    /// <summary>An error body with its status.</summary>
    public static ApiAnswer Error(int httpStatus, string status, string? reason) => new(httpStatus, ErrorJson(status, reason ?? status));

    /// <summary>Writes the answer: status, <c>application/json; charset=utf-8</c>, the body.</summary>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = "application/json; charset=utf-8";
        if (RetryAfterSeconds is { } seconds)
            response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.WriteAsync(Json, Encoding.UTF8, httpContext.RequestAborted);
    }

    private static string ErrorJson(string status, string reason)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_errorJson))
        {
            writer.WriteStartObject();
            writer.WriteString("status", status);
            writer.WriteString("reason", reason);
            writer.WriteEndObject();
        }
        return EndLine(Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n"));
    }

    private static string EndLine(string json) => json.EndsWith('\n') ? json : json + "\n";
}

/// <summary>The <c>status</c> words of the API's error bodies (camelCase, as the result's own statuses are).</summary>
public static class ErrorStatus
{
    /// <summary>400: the request is malformed — bad JSON, an unknown or invalid option, no page.</summary>
    public const string BadRequest = "badRequest";

    /// <summary>400: the URL to fetch is not an absolute http(s) URL.</summary>
    public const string InvalidUrl = "invalidUrl";

    /// <summary>403: the URL, or a redirect, names a refused address (loopback, private, link-local, multicast, …) or scheme.</summary>
    public const string Refused = "refused";

    /// <summary>403: the site's robots.txt disallows the URL for Lede's user agent.</summary>
    public const string RobotsDisallowed = "robotsDisallowed";

    /// <summary>429: the concurrency limit is full; try again after <c>Retry-After</c>.</summary>
    public const string TooManyRequests = "tooManyRequests";

    /// <summary>502: the site answered with an HTTP error (after retries).</summary>
    public const string UpstreamError = "upstreamError";

    /// <summary>502: the site could not be reached (DNS, connection, TLS).</summary>
    public const string NetworkError = "networkError";

    /// <summary>500: the service failed; the reason never holds a stack trace.</summary>
    public const string InternalError = "internalError";
}
