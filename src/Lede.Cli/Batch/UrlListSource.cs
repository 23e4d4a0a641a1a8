using System.Text;
using System.Text.Json;
using Lede.Fetch;

namespace Lede.Cli.Batch;

/// <summary>
/// The documents of a URL list (<c>-i FILE</c>): one URL a line, blank lines and <c>#</c> comments skipped, each
/// fetched with the batch's <see cref="PageFetcher"/> and handed on in list order. Up to
/// <see cref="BatchSettings.MaxFetches"/> fetches run ahead of the one handed on, so fetching overlaps extraction. A
/// URL that cannot be fetched is a <c>not-fetched</c> line with its fetch status and reason. With <c>--resume</c>, the
/// URLs already in the part's partial are not fetched again.
/// </summary>
internal static class UrlListSource
{
    // A URL past this is no URL anyone meant (browsers stop near 2 MB; most servers at 8 KB).
    private const int MaxLine = 64 * 1024;

    public static IEnumerable<BatchJob> Read(BatchPart part, PageFetcher fetcher, BatchSettings settings, BatchStats stats, CancellationToken cancellationToken)
    {
        var written = settings.Resume ? WrittenUrls(PartWriter.LinesPath(settings.Output, part, settings.Format == "text")) : [];
        using var file = File.OpenRead(part.Source);
        var lines = new LineReader(file, MaxLine);
        var ahead = new Queue<(int Index, long Line, string Url, Task<FetchResult> Fetch)>();
        int index = 0;
        while (lines.Next() is { } line)
        {
            var url = line.TooLong ? "" : Encoding.UTF8.GetString(line.Bytes.Span).Trim();
            if (!line.TooLong && (url.Length == 0 || url[0] == '#'))
                continue;
            // Its place in the list names a text file: the same on every run, whatever was skipped.
            int at = index++;
            if (written.TryGetValue(url, out int times) && times > 0)
            {
                written[url] = times - 1;
                continue;
            }
            var fetch = line.TooLong
                ? Task.FromResult(new FetchResult { RequestedUrl = "", FinalUrl = "", Status = FetchStatus.InvalidUrl, Reason = $"line {line.Number} is over {MaxLine:N0} bytes" })
                : fetcher.FetchAsync(url, cancellationToken);
            ahead.Enqueue((at, line.Number, url, fetch));
            if (ahead.Count >= settings.MaxFetches)
                yield return Job(part, ahead.Dequeue(), stats);
        }
        while (ahead.Count > 0)
            yield return Job(part, ahead.Dequeue(), stats);
    }

    // The reader runs on a thread of its own: waiting here for the oldest fetch holds up no one else.
    private static BatchJob Job(BatchPart part, (int Index, long Line, string Url, Task<FetchResult> Fetch) item, BatchStats stats)
    {
        var result = item.Fetch.GetAwaiter().GetResult();
        var job = new BatchJob
        {
            Part = part, Index = item.Index, Id = $"{part.Name}:{item.Line}", Url = item.Url, Fetch = result, Charset = result.Charset,
        };
        if (!result.IsOk)
        {
            job.Complete(new DocumentOutcome(BatchStatus.NotFetched, OutputLine.Write(job, BatchStatus.NotFetched, $"{result.StatusWord}: {result.Reason}", null), null));
            return job;
        }
        stats.AddBytes(result.Body.Length);
        job.Bytes = result.Body;
        return job;
    }

    /// <summary>How many times each URL is already written in a partial part (its lines' <c>url</c>); empty when there is none.</summary>
    internal static Dictionary<string, int> WrittenUrls(string linesPath)
    {
        var written = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(linesPath))
            return written;
        using var file = File.OpenRead(linesPath);
        // Only whole lines count: a last line with no newline (the run was killed while writing it) is cut off by the
        // writer before it goes on, so its URL is fetched again.
        bool lastIsWhole = file.Length == 0 || LastByte(file) == (byte)'\n';
        file.Position = 0;
        var lines = new LineReader(file, int.MaxValue / 2);
        string? last = null;
        while (lines.Next() is { } line)
        {
            last = line.TooLong ? null : UrlOf(line.Bytes);
            if (last is not null)
                written[last] = written.GetValueOrDefault(last) + 1;
        }
        if (!lastIsWhole && last is not null)
            written[last]--;
        return written;
    }

    private static int LastByte(FileStream file)
    {
        file.Position = file.Length - 1;
        return file.ReadByte();
    }

    private static string? UrlOf(ReadOnlyMemory<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line.Span);
            // The url is the second property, after the id: no need to parse the article that follows.
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("url"u8))
                {
                    reader.Read();
                    return reader.GetString();
                }
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("article"u8))
                    return null;
            }
        }
        catch (JsonException)
        {
            // A broken line (the run was killed while writing it): not written, so fetched again.
        }
        return null;
    }
}
