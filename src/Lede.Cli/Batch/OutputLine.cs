using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lede.Cli.Batch;

/// <summary>
/// Builds one JSONL line: <c>id</c>, <c>url</c>, for a URL list's fetch <c>finalUrl</c> (when redirected),
/// <c>fetchStatus</c> and <c>httpStatus</c>, then <c>warcRecordId</c>, <c>warcDate</c>, <c>status</c>, <c>reason</c>, <c>truncated</c> (only when true),
/// <c>defect</c>, <c>offset</c>, then <c>article</c> exactly as <see cref="JsonArticleWriter"/> writes it. Absent
/// values are left out, as the article's own JSON does.
/// </summary>
internal static class OutputLine
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Corpus text is read by people and tools, not embedded in HTML (the article writer's choice too).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    // Each worker's buffer and writer, kept for its next line: a new buffer grew by doubling to a line's size (some
    // 20 KB) and was cleared at every step. One grown past a very long line is let go.
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? perThread;
    private const int MaxKeptBytes = 1 << 20;

    /// <summary>The line for a document of <paramref name="job"/>.</summary>
    public static byte[] Write(BatchJob job, string status, string? reason, Article? article, long? offset = null, string? file = null, bool truncated = false)
    {
        var (buffer, json) = perThread ??= NewWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("id", job.Id);
        WriteIf(json, "url", job.Url);
        if (job.Fetch is { } fetch)
        {
            if (fetch.FinalUrl != job.Url)
                json.WriteString("finalUrl", fetch.FinalUrl);
            json.WriteString("fetchStatus", fetch.StatusWord);
            if (fetch.HttpStatus is { } code)
                json.WriteNumber("httpStatus", code);
        }
        WriteIf(json, "warcRecordId", job.WarcRecordId);
        if (job.WarcDate is { } date)
            json.WriteString("warcDate", date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("status", status);
        WriteIf(json, "reason", reason);
        if (truncated)
            json.WriteBoolean("truncated", true);
        WriteIf(json, "defect", job.Defect);
        if (offset is { } at)
            json.WriteNumber("offset", at);
        WriteIf(json, "file", file);
        if (article is not null)
        {
            json.WritePropertyName("article");
            JsonArticleWriter.Write(json, article);
        }
        json.WriteEndObject();
        json.Flush();
        var line = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxKeptBytes)
            perThread = null;
        return line;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    private static void WriteIf(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
            json.WriteString(name, value);
    }
}
