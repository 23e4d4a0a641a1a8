using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace Lede.Service.Api;

/// <summary>
/// Describes the endpoints' request bodies and query options in the OpenAPI document. The handlers read the body
/// themselves (any content type is a page), so this is said here rather than with <c>Accepts</c>, which would make
/// routing refuse the other content types with 415.
/// </summary>
internal static class OpenApiShapes
{
    /// <summary>Adds the request body (JSON as <typeparamref name="TJson"/>, or <paramref name="rawType"/>) and the query options.</summary>
    public static RouteHandlerBuilder WithRequestShape<TJson>(this RouteHandlerBuilder endpoint, string rawType, params (string Name, string Description)[] query)
        => endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [rawType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(TJson), null, cancellationToken) },
                },
            };
            operation.Parameters ??= [];
            foreach (var (name, description) in query)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Description = description,
                    Schema = new OpenApiSchema { Type = name == "explain" ? JsonSchemaType.Boolean : JsonSchemaType.String },
                });
            }
        });

    /// <summary>The query options of <c>/v1/extract</c>.</summary>
    public static readonly (string, string)[] ExtractQuery =
    [
        ("preset", "balanced (default), precision or recall"),
        ("explain", "include the trace of what was dropped, and why"),
        ("url", "the page's URL, to resolve its links (a raw body)"),
        ("charset", "the page's charset, beating the Content-Type one (a raw body)"),
    ];

    /// <summary>The query options of <c>/v1/clean</c>.</summary>
    public static readonly (string, string)[] CleanQuery =
    [
        ("explain", "include the trace of what each dropped line was taken for"),
        ("charset", "the text's charset, beating the Content-Type one (a raw body)"),
    ];
}
