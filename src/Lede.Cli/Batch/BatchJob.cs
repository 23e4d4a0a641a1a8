namespace Lede.Cli.Batch;

/// <summary>
/// One document on its way from the reader through a worker to the writer: where it came from, its bytes (or
/// string, from JSONL), whether it is a page or a plain text, and once done, its output line. A reader problem (a broken WARC record, a bad JSONL line)
/// is a job that comes already done.
/// </summary>
internal sealed class BatchJob
{
    private readonly TaskCompletionSource<DocumentOutcome> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public required BatchPart Part { get; init; }

    /// <summary>Where the document stands in its part, from 0: names its .txt file.</summary>
    public required int Index { get; init; }

    public required string Id { get; init; }

    public string? Url { get; init; }

    public string? WarcRecordId { get; init; }

    public DateTimeOffset? WarcDate { get; init; }

    /// <summary>The transport's charset (an HTTP Content-Type), for the decoder.</summary>
    public string? Charset { get; init; }

    /// <summary>For a URL of a URL list, what fetching it came to; the page is extracted with its final URL.</summary>
    public Lede.Fetch.FetchResult? Fetch { get; init; }

    /// <summary>A note when an archive record was read despite damage.</summary>
    public string? Defect { get; init; }

    /// <summary>
    /// True for a plain text (a <c>.txt</c> file, a JSONL <c>text</c>), cleaned with <see cref="Extractor.Clean(string, ExtractionOptions?, CancellationToken)"/>;
    /// false for an HTML page, extracted with <see cref="Extractor.Extract(string, string?, ExtractionOptions?, CancellationToken)"/>.
    /// </summary>
    public bool IsText { get; init; }

    /// <summary>The document's bytes (files, WARC records); empty when <see cref="Decoded"/> holds it.</summary>
    public ReadOnlyMemory<byte> Bytes { get; set; }

    /// <summary>The document as a string, for JSONL input, where the JSON string is already decoded.</summary>
    public string? Decoded { get; set; }

    /// <summary>The document's size, in bytes (in characters for a string): its weight in the <see cref="ExtractionBudget"/>.</summary>
    public long Size => Decoded?.Length ?? Bytes.Length;

    /// <summary>The archive record the page was read from, whose pooled body <see cref="Bytes"/> is: released once the page is done.</summary>
    public Lede.Warc.WarcDocument? ArchivePage { get; init; }

    /// <summary>The output, once a worker (or the reader, for a problem) has made it.</summary>
    public Task<DocumentOutcome> Done => _done.Task;

    /// <summary>
    /// Hands over the outcome and lets go of the page, so a finished document holds no input bytes; an archive page's
    /// body goes back to the reader's pool.
    /// </summary>
    public void Complete(DocumentOutcome outcome)
    {
        Bytes = default;
        Decoded = null;
        ArchivePage?.ReleaseBody();
        _done.SetResult(outcome);
    }
}
