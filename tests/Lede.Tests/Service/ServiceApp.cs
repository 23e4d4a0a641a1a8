using System.Net.Http.Headers;
using System.Text;
using Lede.Service;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Lede.Tests.Service;

/// <summary>One answer of the service: status, body and the headers tests look at.</summary>
internal sealed record Answer(int Status, string Body, string? ContentType, string? RetryAfter)
{
    /// <summary>The body's <c>status</c> word, which both an extraction result and an error body have.</summary>
    public string StatusWord => System.Text.Json.JsonDocument.Parse(Body).RootElement.GetProperty("status").GetString()!;

    /// <summary>The body's <c>reason</c>, if any.</summary>
    public string? Reason => System.Text.Json.JsonDocument.Parse(Body).RootElement.TryGetProperty("reason", out var r) ? r.GetString() : null;
}

/// <summary>
/// The service in memory (WebApplicationFactory, started from its own entry point), with options of the test's choosing.
/// Fetching tests pass options that open exactly the local test site they use, and nothing else.
/// </summary>
internal sealed class ServiceApp(LedeServiceOptions? options = null) : WebApplicationFactory<ServiceMain>
{
    /// <summary>Options that make fetching fast in tests: no delay between requests to a host, no retries.</summary>
    public static LedeServiceOptions Quick => LedeServiceOptions.Default with
    {
        Fetch = LedeServiceOptions.Default.Fetch with { DelayPerHost = TimeSpan.Zero, MaxRetries = 0 },
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (options is not null)
            builder.ConfigureServices(services => services.AddSingleton(options));
    }

    /// <summary>POSTs <paramref name="body"/> with <paramref name="contentType"/> to <paramref name="path"/>.</summary>
    public Task<Answer> PostAsync(string path, byte[] body, string? contentType = "text/html; charset=utf-8")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(CreateClient(), path, content);
    }

    /// <summary>POSTs <paramref name="json"/> as <c>application/json</c>.</summary>
    public Task<Answer> PostJsonAsync(string path, string json)
        => PostAsync(path, Encoding.UTF8.GetBytes(json), "application/json");

    /// <summary>POSTs with <paramref name="client"/>, which may be a real socket's.</summary>
    public static async Task<Answer> SendAsync(HttpClient client, string path, HttpContent? content)
    {
        using var response = await client.PostAsync(path, content);
        return new Answer((int)response.StatusCode, await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType?.ToString(), response.Headers.RetryAfter?.ToString());
    }

    /// <summary>The JSON the library gives for <paramref name="html"/>, as the command writes it: the bytes the service must answer.</summary>
    public static string Expected(ExtractionResult result) => JsonArticleWriter.Write(result) + "\n";
}
