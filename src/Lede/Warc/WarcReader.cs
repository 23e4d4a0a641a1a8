namespace Lede.Warc;

/// <summary>
/// Reads the pages out of web archives: WARC 1.0 and 1.1 (ISO 28500), and the older ARC format, plain or gzip
/// (one member per record as crawlers write them, or one stream for the whole file), from any stream, stdin
/// included. Streaming, in constant memory: records are read one at a time into pooled buffers capped by
/// <see cref="WarcReaderOptions.MaxDocumentBytes"/>. Damage never ends the enumeration: each problem comes out as
/// a <see cref="WarcProblem"/> with the record's offset and a reason, and reading goes on at the next record; only
/// an I/O error of the stream itself (or cancellation) throws.
/// </summary>
/// <remarks>
/// Written here because no maintained .NET package reads WARC (as issue 4 found; the web-archiving tools are in
/// Python, Java, Go and Rust). The format is small: a version line, named fields, a Content-Length-delimited
/// block, CRLF CRLF; what takes care is damaged input, which a corpus of millions of pages always has.
/// </remarks>
/// <example>
/// <code>
/// using var file = File.OpenRead("crawl.warc.gz");
/// var items = WarcReader.Read(file);
/// foreach (var item in items)
/// {
///     if (item is WarcDocument page)
///         Extractor.Extract(page.Body.Span, page.TargetUri, new ExtractionOptions { Charset = page.Charset });
///     else
///         Console.Error.WriteLine(item); // a WarcProblem: where, which record, why
/// }
/// Console.Error.WriteLine($"{items.Counts.Records} records, {items.Counts.Documents} pages, {items.Counts.Problems} problems");
/// </code>
/// </example>
public static class WarcReader
{
    /// <summary>
    /// The HTML pages and the problems of an archive, in input order, read lazily as the result is enumerated
    /// (once). Records that hold no HTML page (<c>warcinfo</c>, <c>request</c>, <c>metadata</c>, <c>revisit</c>,
    /// non-HTML responses) are skipped and counted in <see cref="WarcItems.Counts"/>. The stream is not closed.
    /// </summary>
    public static WarcItems Read(Stream stream, WarcReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new WarcItems(stream, options ?? WarcReaderOptions.Default, cancellationToken);
    }
}
