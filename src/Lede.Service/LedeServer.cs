using Lede.Service.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lede.Service;

/// <summary>
/// The service as <c>lede serve</c> runs it: the API (<see cref="LedeApi"/>), the page at <c>/</c>, the OpenAPI
/// document at <c>/openapi/v1.json</c>, a log line per request with its time , JSON for unexpected failures (never a
/// stack trace), and a graceful shutdown that lets requests in flight finish (up to <see cref="ShutdownTimeout"/>).
/// </summary>
public static class LedeServer
{
    /// <summary>How long a shutdown waits for requests in flight.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Builds the application, not yet started.</summary>
    /// <param name="args">
    /// Host arguments, as ASP.NET Core reads them: <c>--urls http://127.0.0.1:8080</c> and the like. Configuration files
    /// are looked for beside the assembly, never in the current folder.
    /// </param>
    /// <param name="options">The API's options; <see cref="LedeServiceOptions.Default"/> when null.</param>
    public static WebApplication Create(string[] args, LedeServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddLedeApi(options);
        builder.Services.AddOpenApi();
        // The request lines and the host's start and stop, one line each; ASP.NET Core's own per-request chatter is left out.
        builder.Logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A start that fails (the port taken) is an exception the caller reports in one line; the host would log its stack trace too.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);

        var app = builder.Build();
        app.UseMiddleware<RequestLog>();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AnswerFailure });
        app.UseLedePage();
        app.MapOpenApi();
        app.MapLedeApi();
        return app;
    }

    /// <summary>Runs the service on <paramref name="urls"/> until <paramref name="cancellationToken"/> fires or the process is asked to stop (Ctrl+C, SIGTERM), then stops gracefully.</summary>
    /// <param name="urls">Where to listen, e.g. <c>http://127.0.0.1:8080</c> (several separated by <c>;</c>).</param>
    /// <param name="options">The API's options; <see cref="LedeServiceOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the service.</param>
    public static async Task RunAsync(string urls, LedeServiceOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(urls);
        await using var app = Create(["--urls", urls], options);
        await ((IHost)app).RunAsync(cancellationToken);
    }

    // An exception the handlers did not expect: a JSON error body, never its stack trace (that goes to the log).
    private static Task AnswerFailure(HttpContext context)
        => ApiAnswer.Error(StatusCodes.Status500InternalServerError, ErrorStatus.InternalError, "the service failed on this request").ExecuteAsync(context);
}
