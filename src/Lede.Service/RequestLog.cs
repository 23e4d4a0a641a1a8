using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lede.Service;

/// <summary>
/// One log line a request, once its answer is written: method, path, status and milliseconds
/// (<c>POST /v1/extract 200 12.4 ms</c>). ASP.NET Core's own HTTP logging spreads a request over several lines.
/// </summary>
internal sealed partial class RequestLog(RequestDelegate next, ILogger<RequestLog> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        long start = Stopwatch.GetTimestamp();
        // As asked for: the page's files middleware rewrites / to /index.html on the way in.
        string path = context.Request.Path.Value ?? "/";
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(start);
            // A client that went away before its answer gets no status of its own; say so rather than print 200.
            int status = context.RequestAborted.IsCancellationRequested ? 499 : context.Response.StatusCode;
            Answered(logger, context.Request.Method, path, status, elapsed.TotalMilliseconds);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} {Status} {Milliseconds:0.0} ms")]
    private static partial void Answered(ILogger logger, string method, string path, int status, double milliseconds);
}
