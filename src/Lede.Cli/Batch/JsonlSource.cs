using System.Text.Json;

namespace Lede.Cli.Batch;

/// <summary>
/// The documents of a JSON Lines input: one object a line with <c>html</c> (a string: a page, extracted) or
/// <c>text</c> (a string: a plain text, cleaned), and optional <c>url</c> and <c>id</c> (a string or a number). A line
/// that is not such an object — or that has both <c>html</c> and <c>text</c>, which would leave it unclear what the
/// document is — becomes an <c>error</c> line; blank lines are no documents.
/// </summary>
internal static class JsonlSource
{
    public static IEnumerable<BatchJob> Read(BatchPart part, Stream stream, BatchSettings settings)
    {
        // JSON escapes may make a page's line longer than the page: \u00e9 is six bytes for two.
        long maxLine = Math.Min(settings.Extraction.MaxInputBytes * 4 + 64 * 1024, Array.MaxLength);
        var lines = new LineReader(stream, (int)maxLine);
        int index = 0;
        while (lines.Next() is { } line)
        {
            if (line.Bytes.Span.Trim(" \t\r"u8).IsEmpty && !line.TooLong)
                continue;
            var fallbackId = $"{part.Name}:{line.Number}";
            if (line.TooLong)
            {
                yield return Failed(part, index++, fallbackId, BatchStatus.TooLarge, $"line {line.Number} is over {maxLine:N0} bytes");
                continue;
            }
            var (job, why) = Parse(part, index, fallbackId, line.Bytes);
            index++;
            yield return job ?? Failed(part, index - 1, fallbackId, BatchStatus.Error, $"line {line.Number}: {why}");
        }
    }

    private static (BatchJob? Job, string? Why) Parse(BatchPart part, int index, string fallbackId, ReadOnlyMemory<byte> line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, "not a JSON object");
            bool hasHtml = root.TryGetProperty("html", out var html), hasText = root.TryGetProperty("text", out var text);
            if (hasHtml && hasText)
                return (null, "both \"html\" and \"text\"; a document is one or the other");
            if (!hasHtml && !hasText)
                return (null, "no \"html\" or \"text\" string");
            var (field, document) = hasHtml ? ("html", html) : ("text", text);
            if (document.ValueKind != JsonValueKind.String)
                return (null, $"\"{field}\" is not a string");
            string id = fallbackId;
            if (root.TryGetProperty("id", out var given))
                id = given.ValueKind == JsonValueKind.String ? given.GetString()! : given.GetRawText();
            string? url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            return (new BatchJob { Part = part, Index = index, Id = id, Url = url, IsText = hasText, Decoded = document.GetString() }, null);
        }
        catch (JsonException e)
        {
            return (null, "not valid JSON: " + e.Message.Split('\n')[0]);
        }
    }

    private static BatchJob Failed(BatchPart part, int index, string id, string status, string reason)
    {
        var job = new BatchJob { Part = part, Index = index, Id = id };
        job.Complete(new DocumentOutcome(status, OutputLine.Write(job, status, reason, null), null));
        return job;
    }
}
