using Lede.Fetch;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Lede.Service.Api;

/// <summary>
/// The two endpoints' work: read the request (a raw body, JSON, or a URL to fetch), call the library, and turn its
/// result into an answer. The library does all the extracting; this adds only transport.
/// </summary>
internal sealed class ApiHandlers(LedeServiceOptions options, PageFetcher fetcher)
{
    // What each endpoint takes: its query options, the JSON property holding the page, and its JSON options.
    private static readonly Shape s_extract = new(["preset", "explain", "url", "charset"], "html", ["url", "preset", "explain"]);
    private static readonly Shape s_clean = new(["explain", "charset"], "text", ["explain"]);

    /// <summary><c>POST /v1/extract</c>: the page as the body, as JSON <c>{"html", "url"}</c>, or JSON <c>{"url"}</c> to fetch.</summary>
    public Task<ApiAnswer> ExtractAsync(HttpContext context) => AnswerAsync(context, s_extract,
        (html, given, cancellationToken) => html is not null
            ? Task.FromResult(ApiAnswer.Of(Extractor.Extract(html, given.Url, given.Apply(options.Extraction), cancellationToken)))
            : given.Url is { } url
                ? FetchAndExtractAsync(url, given, cancellationToken)
                : Task.FromResult(ApiAnswer.BadRequest("the JSON body needs \"html\" (the page) or \"url\" (a page to fetch)")),
        (body, given, charset, cancellationToken) => Extractor.ExtractAsync(body, given.Url, given.Apply(options.Extraction, charset), cancellationToken));

    /// <summary><c>POST /v1/clean</c>: plain text (a scraper's output) as the body, or as JSON <c>{"text"}</c>.</summary>
    public Task<ApiAnswer> CleanAsync(HttpContext context) => AnswerAsync(context, s_clean,
        (text, given, cancellationToken) => Task.FromResult(text is not null
            ? ApiAnswer.Of(Extractor.Clean(text, given.Apply(options.Extraction), cancellationToken))
            : ApiAnswer.BadRequest("the JSON body needs \"text\"")),
        (body, given, charset, cancellationToken) => Extractor.CleanAsync(body, given.Apply(options.Extraction, charset), cancellationToken));

    // The steps both endpoints share: the query's options, the checks before reading, then the JSON body or the raw one.
    // A body the server finds broken while it is read (a bad chunk, a length that lies) is the client's fault: a 400, not a logged failure.
    private async Task<ApiAnswer> AnswerAsync(HttpContext context, Shape shape,
        Func<string?, RequestOptions, CancellationToken, Task<ApiAnswer>> fromJson,
        Func<Stream, RequestOptions, string?, CancellationToken, Task<ExtractionResult>> fromBody)
    {
        try
        {
            return await ReadAndAnswerAsync(context, shape, fromJson, fromBody);
        }
        catch (BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ApiAnswer.Failed(ExtractionStatus.TooLarge, e.Message)
                : ApiAnswer.BadRequest($"the request body is broken: {e.Message}");
        }
    }

    private async Task<ApiAnswer> ReadAndAnswerAsync(HttpContext context, Shape shape,
        Func<string?, RequestOptions, CancellationToken, Task<ApiAnswer>> fromJson,
        Func<Stream, RequestOptions, string?, CancellationToken, Task<ExtractionResult>> fromBody)
    {
        var request = context.Request;
        var cancellationToken = context.RequestAborted;
        var given = new RequestOptions();
        if (given.ReadQuery(request.Query, shape.Query) is { } problem)
            return ApiAnswer.BadRequest(problem);
        if (Precheck(context) is { } early)
            return early;
        if (!JsonBody.IsJson(request))
            return ApiAnswer.Of(await fromBody(request.Body, given, request.GetTypedHeaders().ContentType?.Charset.Value, cancellationToken));
        var body = await JsonBody.ReadAsync(request, JsonCap, shape.PageField, shape.JsonOptions, given, cancellationToken);
        if (body.Problem is { } bad)
            return bad;
        if (given.Charset is not null)
            return ApiAnswer.BadRequest("charset applies to a raw body; JSON text is already decoded");
        return await fromJson(body.Page, given, cancellationToken);
    }

    // A JSON body escapes its text (\" \n \u003c…): twice the page cap leaves room for that and still bounds memory.
    private long JsonCap => options.Extraction.MaxInputBytes > long.MaxValue / 2 ? long.MaxValue : options.Extraction.MaxInputBytes * 2;

    // What can be told before reading a byte: no body at all, or a declared length over the cap. The server's own
    // body limit is raised to the JSON cap so that the library's cap, not the server's, is the one a client meets.
    private ApiAnswer? Precheck(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = JsonCap;
        if (request.ContentLength == 0 || context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false)
            return ApiAnswer.BadRequest("the request has no body: send the page as the body, or JSON");
        long cap = JsonBody.IsJson(request) ? JsonCap : options.Extraction.MaxInputBytes;
        if (request.ContentLength > cap)
            return ApiAnswer.Failed(ExtractionStatus.TooLarge, $"input is {request.ContentLength:N0} bytes, over the limit of {cap:N0}");
        return null;
    }

    private async Task<ApiAnswer> FetchAndExtractAsync(string url, RequestOptions given, CancellationToken cancellationToken)
    {
        var page = await fetcher.FetchAsync(url, cancellationToken);
        if (!page.IsOk)
            return ApiAnswer.OfFailedFetch(page);
        // Links resolve against where the page really was, after redirects.
        return ApiAnswer.Of(Extractor.Extract(page.Body.Span, page.FinalUrl, given.Apply(options.Extraction, page.Charset), cancellationToken));
    }

    private sealed record Shape(string[] Query, string PageField, string[] JsonOptions);
}
