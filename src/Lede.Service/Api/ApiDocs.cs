using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lede.Service.Api;

/// <summary>The endpoints' descriptions in the OpenAPI document, and the request shapes it shows.</summary>
internal static class ApiDocs
{
    public const string Extract = """
        The page as the body (text/html or any type but JSON; the Content-Type charset is honoured), or JSON {"html", "url"},
        or JSON {"url"} to fetch the page (loopback, private, link-local and multicast addresses refused, redirects included).
        Options in the query or the JSON: preset (balanced, precision, recall), explain (true/false); in the query also url
        (the page's URL, to resolve links) and charset (beats Content-Type). The answer is the ExtractionResult JSON
        (docs/json-schema.md) for 200 (ok or empty), 413 (tooLarge), 422 (notHtml) and 504 (timeout); an error body
        {"status", "reason"} for 400, 403, 429 and 502.
        """;

    public const string Clean = """
        Plain text (a naive scraper's output) as the body (the Content-Type charset is honoured), or JSON {"text"}.
        Options: explain, and charset in the query. Answers as /v1/extract does.
        """;
}

/// <summary>The JSON body of <c>POST /v1/extract</c>.</summary>
/// <param name="Html">The page, already decoded; leave out to fetch <paramref name="Url"/>.</param>
/// <param name="Url">The page's URL: resolves links with <paramref name="Html"/>, else the page to fetch.</param>
/// <param name="Preset">balanced (default), precision or recall.</param>
/// <param name="Explain">Include the trace of what was dropped, and why.</param>
internal sealed record ExtractRequest(string? Html, string? Url, string? Preset, bool? Explain);

/// <summary>The JSON body of <c>POST /v1/clean</c>.</summary>
/// <param name="Text">The text to clean.</param>
/// <param name="Explain">Include the trace of what each dropped line was taken for.</param>
internal sealed record CleanRequest(string Text, bool? Explain);

/// <summary>
/// The request shapes' JSON metadata, made at compile time: the OpenAPI document reads their schemas through the
/// application's JSON options, and a native (AOT) build has no reflection to read them otherwise.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ExtractRequest))]
[JsonSerializable(typeof(CleanRequest))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
