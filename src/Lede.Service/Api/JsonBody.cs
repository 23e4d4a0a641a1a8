using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Lede.Service.Api;

/// <summary>
/// A JSON request body read within a cap: its page field (<c>html</c> or <c>text</c>) and its options, which go into
/// <see cref="RequestOptions"/>. Unknown properties and wrong types are problems, told in <see cref="Problem"/>.
/// </summary>
internal sealed class JsonBody
{
    private JsonBody() { }

    /// <summary>The page field's value, when the body has it.</summary>
    public string? Page { get; private init; }

    /// <summary>The answer to give instead of going on (400 or 413), or null when the body is fine.</summary>
    public ApiAnswer? Problem { get; private init; }

    /// <summary>True when <paramref name="request"/> says its body is JSON (<c>application/json</c> or a <c>+json</c> type).</summary>
    public static bool IsJson(HttpRequest request)
        => request.GetTypedHeaders().ContentType is { } type
           && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
               || type.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Reads the body, at most <paramref name="cap"/> bytes, as one JSON object whose <paramref name="pageField"/> is the
    /// page and whose other properties are among <paramref name="optionFields"/>.
    /// </summary>
    public static async Task<JsonBody> ReadAsync(HttpRequest request, long cap, string pageField, IReadOnlyCollection<string> optionFields,
        RequestOptions options, CancellationToken cancellationToken)
    {
        var bytes = await ReadCappedAsync(request.BodyReader, cap, cancellationToken);
        if (bytes is null)
            return new JsonBody { Problem = ApiAnswer.Failed(ExtractionStatus.TooLarge, $"the JSON body is over the limit of {cap:N0} bytes") };
        if (bytes.Length == 0)
            return Bad("the JSON body is empty");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            return Bad($"the body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return Bad("the JSON body must be an object");
            string? page = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == pageField)
                {
                    if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        return Bad($"\"{pageField}\" must be a string");
                    page = property.Value.GetString();
                }
                else if (!optionFields.Contains(property.Name))
                    return Bad(RequestOptions.Unknown(property.Name, [pageField, .. optionFields]));
                else if (options.ReadJson(property.Name, property.Value) is { } problem)
                    return Bad(problem);
            }
            return new JsonBody { Page = page };
        }
    }

    // The whole body, or null as soon as it is past the cap: the pipe buffers it, nothing is read beyond.
    private static async Task<byte[]?> ReadCappedAsync(PipeReader reader, long cap, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > cap)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }
            if (read.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }
            // Nothing consumed, all examined: the next read waits for more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static JsonBody Bad(string reason) => new() { Problem = ApiAnswer.BadRequest(reason) };
}
