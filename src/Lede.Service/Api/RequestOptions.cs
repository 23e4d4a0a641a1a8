using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Lede.Service.Api;

/// <summary>
/// The options a request may give, in its query string or its JSON body (which wins): <c>preset</c>
/// (balanced, precision, recall; any case), <c>explain</c> (a trace of what was dropped, and why), <c>url</c> (the
/// page's URL, to resolve links) and, for a raw body, <c>charset</c> (beats the <c>Content-Type</c> one). Anything else
/// is a bad request: an option that would silently do nothing misleads.
/// </summary>
internal sealed class RequestOptions
{
    public Focus? Focus { get; private set; }

    public bool? Explain { get; private set; }

    public string? Url { get; private set; }

    public string? Charset { get; private set; }

    /// <summary>The extraction options: the service's defaults with what the request chose.</summary>
    public ExtractionOptions Apply(ExtractionOptions defaults, string? transportCharset = null) => defaults with
    {
        Focus = Focus ?? defaults.Focus,
        Explain = Explain ?? defaults.Explain,
        Charset = Charset ?? transportCharset ?? defaults.Charset,
    };

    /// <summary>Reads the query string; the problem, or null when it is fine. <paramref name="allowed"/> lists the keys the endpoint takes.</summary>
    public string? ReadQuery(IQueryCollection query, IReadOnlyCollection<string> allowed)
    {
        foreach (var (key, values) in query)
        {
            if (!allowed.Contains(key))
                return Unknown(key, allowed);
            // ?explain alone means true, as a flag does.
            string value = values.Count == 0 ? "" : values[^1] ?? "";
            if (Set(key, value, fromQuery: true) is { } problem)
                return problem;
        }
        return null;
    }

    /// <summary>
    /// Reads one property of the JSON body that is an option (not the page itself); the problem, or null. The caller has
    /// checked <paramref name="key"/> is one the endpoint takes.
    /// </summary>
    public string? ReadJson(string key, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True or JsonValueKind.False when key == "explain" => Set(key, value.GetBoolean() ? "true" : "false", fromQuery: false),
        JsonValueKind.String when key != "explain" => Set(key, value.GetString()!, fromQuery: false),
        _ => $"\"{key}\" must be {(key == "explain" ? "true or false" : "a string")}",
    };

    /// <summary>The message for an unknown option.</summary>
    public static string Unknown(string key, IReadOnlyCollection<string> allowed)
        => $"unknown option '{key}' (this endpoint takes {string.Join(", ", allowed)})";

    private string? Set(string key, string value, bool fromQuery)
    {
        switch (key)
        {
            case "preset":
                Focus = value.ToLowerInvariant() switch
                {
                    "balanced" => Lede.Focus.Balanced,
                    "precision" => Lede.Focus.Precision,
                    "recall" => Lede.Focus.Recall,
                    _ => null,
                };
                return Focus is null ? $"preset must be balanced, precision or recall, not '{value}'" : null;
            case "explain":
                Explain = value.ToLowerInvariant() switch
                {
                    "" when fromQuery => true,
                    "true" or "1" or "yes" => true,
                    "false" or "0" or "no" => false,
                    _ => null,
                };
                return Explain is null ? $"explain must be true or false, not '{value}'" : null;
            case "url":
                // Other schemes are refused here, before any fetch: file:, ftp:, and a path (which .NET reads as file: on Unix).
                if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    return $"url must be an absolute http(s) URL, not '{value}'";
                Url = value;
                return null;
            case "charset":
                if (string.IsNullOrWhiteSpace(value))
                    return "charset must not be empty";
                Charset = value;
                return null;
            default:
                return $"unknown option '{key}'";
        }
    }
}
