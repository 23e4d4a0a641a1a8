using Lede.Fetch;
using Lede.Service.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Lede.Service;

/// <summary>
/// The HTTP API as parts to embed in an ASP.NET Core application: <see cref="AddLedeApi"/> registers it,
/// <see cref="MapLedeApi"/> maps <c>POST /v1/extract</c>, <c>POST /v1/clean</c> and <c>GET /healthz</c>, and
/// <see cref="UseLedePage"/> serves the page at <c>/</c>. <see cref="LedeServer"/> puts them together as <c>lede serve</c> runs them.
/// </summary>
public static class LedeApi
{
    /// <summary>Registers the API's services: its options, one shared fetcher, the concurrency limit, and the request shapes' JSON metadata (for the OpenAPI document).</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="options">The API's options; <see cref="LedeServiceOptions.Default"/> when null. A later registration of <see cref="LedeServiceOptions"/> wins.</param>
    public static IServiceCollection AddLedeApi(this IServiceCollection services, LedeServiceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        options ??= LedeServiceOptions.Default;
        options.Validate();
        services.TryAddSingleton(options);
        // One fetcher for every request, so that its per-host politeness and robots.txt cache hold across requests.
        services.TryAddSingleton(provider => new PageFetcher(provider.GetRequiredService<LedeServiceOptions>().EffectiveFetch));
        services.TryAddSingleton<ConcurrencyGate>();
        services.TryAddSingleton<ApiHandlers>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ApiJsonContext.Default));
        return services;
    }

    /// <summary>
    /// Maps <c>POST /v1/extract</c>, <c>POST /v1/clean</c> (both behind the concurrency limit) and <c>GET /healthz</c>.
    /// Needs <see cref="AddLedeApi"/>.
    /// </summary>
    /// <param name="endpoints">Where to map them (an application, or a route group to put them under a prefix).</param>
    public static IEndpointRouteBuilder MapLedeApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var gate = endpoints.ServiceProvider.GetRequiredService<ConcurrencyGate>();
        // The handlers are lambdas written out here, not passed in, so that the request-delegate generator binds them
        // at compile time (a delegate held in a variable would be bound by reflection, which native AOT lacks).
        endpoints.MapPost("/v1/extract", ([FromServices] ApiHandlers handlers, HttpContext context) => handlers.ExtractAsync(context))
            .BehindGate(gate)
            .WithName("extract")
            .WithSummary("The main article of a page")
            .WithDescription(ApiDocs.Extract)
            .WithRequestShape<ExtractRequest>("text/html", OpenApiShapes.ExtractQuery)
            .WithErrorStatuses(StatusCodes.Status403Forbidden, StatusCodes.Status502BadGateway);
        endpoints.MapPost("/v1/clean", ([FromServices] ApiHandlers handlers, HttpContext context) => handlers.CleanAsync(context))
            .BehindGate(gate)
            .WithName("clean")
            .WithSummary("An article out of a naive scraper's plain text")
            .WithDescription(ApiDocs.Clean)
            .WithRequestShape<CleanRequest>("text/plain", OpenApiShapes.CleanQuery)
            .WithErrorStatuses();
        endpoints.MapGet("/healthz", () => Results.Text("ok\n", "text/plain"))
            .WithName("health")
            .WithSummary("200 ok while the service runs")
            .Produces(StatusCodes.Status200OK, contentType: "text/plain");
        return endpoints;
    }

    /// <summary>Serves the page (an <c>index.html</c> with its files, embedded in this assembly) at <c>/</c>.</summary>
    /// <param name="app">The application.</param>
    public static IApplicationBuilder UseLedePage(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = new EmbeddedFileProvider(typeof(LedeApi).Assembly, "Lede.Service.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        return app;
    }

    // An endpoint behind the concurrency limit, answering JSON.
    private static RouteHandlerBuilder BehindGate(this RouteHandlerBuilder endpoint, ConcurrencyGate gate)
        => endpoint
            .AddEndpointFilter(gate)
            .Produces(StatusCodes.Status200OK, contentType: "application/json");

    private static RouteHandlerBuilder WithErrorStatuses(this RouteHandlerBuilder endpoint, params int[] more)
    {
        foreach (int status in (int[])[400, 413, 422, 429, 504, .. more])
            endpoint.Produces(status, contentType: "application/json");
        return endpoint;
    }
}
