namespace Lede.Cli.Batch;

/// <summary>
/// Extracts one page, or cleans one plain text, and makes its output. Whatever happens inside the extraction stays
/// inside: an exception becomes the document's <c>error</c> line, with a one-line reason, never the end of the batch.
/// </summary>
internal sealed class DocumentWorker(BatchSettings settings)
{
    private readonly bool _text = settings.Format == "text";

    /// <summary>
    /// The outcome of <paramref name="job"/>. Cancelling <paramref name="cancellationToken"/> stops the extraction in
    /// flight (a page need not run out its time budget for a cancelled batch to end) and throws
    /// <see cref="OperationCanceledException"/>: a cancelled document has no outcome, and its part is redone on resume.
    /// </summary>
    public DocumentOutcome Run(BatchJob job, CancellationToken cancellationToken)
    {
        ExtractionResult result;
        try
        {
            var options = settings.Extraction with { Charset = job.Charset, CapturedAt = job.WarcDate };
            result = (job.IsText, job.Decoded) switch
            {
                (true, { } scrape) => Extractor.Clean(scrape, options, cancellationToken),
                (true, null) => Extractor.Clean(job.Bytes.Span, options, cancellationToken),
                (false, { } html) => Extractor.Extract(html, job.Url, options, cancellationToken),
                (false, null) => Extractor.Extract(job.Bytes.Span, job.Fetch?.FinalUrl ?? job.Url, options, cancellationToken),
            };
        }
        catch (Exception e)
        {
            // Out of memory included: it is this document's garbage that filled the heap, and it is gone now.
            return new DocumentOutcome(BatchStatus.Error, OutputLine.Write(job, BatchStatus.Error, OneLine(e), null), null);
        }

        // The extractor turned the cancellation into a timeout result, which is not this document's outcome.
        cancellationToken.ThrowIfCancellationRequested();
        var status = BatchStatus.Of(result.Status);
        if (!_text)
            return new DocumentOutcome(status, OutputLine.Write(job, status, result.Reason, result.Article, truncated: result.Truncated), null);
        // Text output: the page's text in a file of its own, and a line without the article in the part's index.
        var text = result is { IsOk: true, Article: { } article } ? PlainTextWriter.Write(article) : null;
        return new DocumentOutcome(status, OutputLine.Write(job, status, result.Reason, null, file: text is null ? null : TextFileName(job.Index), truncated: result.Truncated), text);
    }

    /// <summary>The name of a document's .txt file in its part's folder: its place in the part.</summary>
    public static string TextFileName(int index) => $"{index:D6}.txt";

    private static string OneLine(Exception e)
    {
        var message = string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"{e.GetType().Name}: {message}";
    }
}
