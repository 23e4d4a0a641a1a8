using AngleSharp.Dom;
using Lede.Extraction;
using Lede.Html;
using Lede.Input;

namespace Lede;

/// <summary>
/// The entry point: the main article out of an HTML page. Thread-safe; every call is independent.
/// </summary>
public static partial class Extractor
{
    /// <summary>Extracts the article from page bytes, decoding them as a browser would.</summary>
    /// <param name="html">The page bytes.</param>
    /// <param name="url">The page URL, used to resolve links; optional.</param>
    /// <param name="options">How to extract; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the extraction; the result is then <see cref="ExtractionStatus.Timeout"/>.</param>
    public static ExtractionResult Extract(ReadOnlySpan<byte> html, string? url = null, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        if (html.Length <= options.MaxInputBytes)
            return ExtractWhole(html, url, options, cancellationToken);
        if (!options.TruncateLargeInput)
            return TooLarge(html.Length, options);
        int cut = InputCut.Bytes(html, options.MaxInputBytes, (byte)'<');
        return Truncated(ExtractWhole(html[..cut], url, options, cancellationToken), cut, options);
    }

    // Bytes within the size limit.
    private static ExtractionResult ExtractWhole(ReadOnlySpan<byte> html, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        if (InputSniffer.WhyNotHtml(html) is { } whyNot)
            return ExtractionResult.Fail(ExtractionStatus.NotHtml, whyNot);
        return ExtractMarkup(ArticlePipeline.Decode(html, options), url, options, cancellationToken);
    }

    /// <summary>Extracts the article from page bytes.</summary>
    /// <inheritdoc cref="Extract(ReadOnlySpan{byte}, string?, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Extract(byte[] html, string? url = null, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Extract(html.AsSpan(), url, options, cancellationToken);
    }

    /// <summary>Extracts the article from a stream of page bytes, read to its end or to <see cref="ExtractionOptions.MaxInputBytes"/>.</summary>
    /// <inheritdoc cref="Extract(ReadOnlySpan{byte}, string?, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Extract(Stream html, string? url = null, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ExtractionOptions.Default;
        var bytes = StreamReading.ReadCapped(html, options.MaxInputBytes, out bool truncated);
        if (!truncated)
            return ExtractWhole(bytes, url, options, cancellationToken);
        if (!options.TruncateLargeInput)
            return TooLarge(-1, options);
        int cut = InputCut.Bytes(bytes, bytes.Length, (byte)'<');
        return Truncated(ExtractWhole(bytes.AsSpan(0, cut), url, options, cancellationToken), cut, options);
    }

    /// <summary>
    /// Extracts the article from a stream of page bytes, reading it asynchronously to its end (at most
    /// <see cref="ExtractionOptions.MaxInputBytes"/>), so that a server reading a request body holds no thread while
    /// the bytes arrive; the extraction itself then runs synchronously, as <see cref="Extract(ReadOnlySpan{byte}, string?, ExtractionOptions?, CancellationToken)"/> does.
    /// </summary>
    /// <param name="html">The page bytes; read to its end, not disposed.</param>
    /// <param name="url">The page URL, used to resolve links; optional.</param>
    /// <param name="options">How to extract; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">
    /// Cancels the reading and the extraction. Cancelled while reading, the task is cancelled (the page never arrived);
    /// cancelled while extracting, the result is <see cref="ExtractionStatus.Timeout"/>.
    /// </param>
    /// <returns>
    /// The result, as the other overloads give it; <see cref="ExtractionStatus.TooLarge"/> as soon as the stream goes past
    /// <see cref="ExtractionOptions.MaxInputBytes"/>, without reading the rest.
    /// </returns>
    public static async Task<ExtractionResult> ExtractAsync(Stream html, string? url = null, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ExtractionOptions.Default;
        var bytes = await StreamReading.ReadCappedAsync(html, options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
            return TooLarge(-1, options);
        return Extract(bytes.AsSpan(), url, options, cancellationToken);
    }

    /// <summary>Extracts the article from page text that is already decoded.</summary>
    /// <inheritdoc cref="Extract(ReadOnlySpan{byte}, string?, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Extract(string html, string? url = null, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ExtractionOptions.Default;
        // The limit counts characters here: encoding the text only to measure it would cost more than it tells.
        if ((long)html.Length > options.MaxInputBytes)
        {
            if (!options.TruncateLargeInput)
                return TooLarge(html.Length, options);
            int cut = InputCut.Chars(html, options.MaxInputBytes, '<');
            return Truncated(Extract(html[..cut], url, options, cancellationToken), cut, options);
        }
        var (buffer, length) = PageMarkup.FromText(html);
        return ExtractMarkup(new PageText(buffer, length, PageBuffers.Chars), url, options, cancellationToken);
    }

    /// <summary>Extracts the article from a document the caller has already parsed. The document is not changed.</summary>
    /// <inheritdoc cref="Extract(ReadOnlySpan{byte}, string?, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Extract(IDocument document, string? url = null, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= ExtractionOptions.Default;
        return Guarded(options, cancellationToken, ct => ArticlePipeline.FromTree(DocumentAdapter.ToTree(document, ct), url, options, ct));
    }

    // Decoded markup, which the pipeline's tree owns (and gives back to its pool) once parsing starts.
    private static ExtractionResult ExtractMarkup(PageText markup, string? url, ExtractionOptions options, CancellationToken cancellationToken)
    {
        bool started = false;
        try
        {
            return Guarded(options, cancellationToken, ct =>
            {
                started = true;
                return ArticlePipeline.FromMarkup(markup, url, options, ct);
            });
        }
        finally
        {
            if (!started)
                markup.Dispose();
        }
    }

    // Applies the time budget and turns cancellation into a Timeout result rather than an exception.
    private static ExtractionResult Guarded(ExtractionOptions options, CancellationToken cancellationToken, Func<CancellationToken, ExtractionResult> run)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var clock = options.TimeBudget != Timeout.InfiniteTimeSpan ? BudgetClock.CancelAfter(budget, options.TimeBudget) : default;
        try
        {
            return run(budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            return ExtractionResult.Fail(ExtractionStatus.Timeout,
                cancellationToken.IsCancellationRequested ? "cancelled by the caller" : $"ran past the time budget of {options.TimeBudget.TotalSeconds:0.#} s");
        }
    }

    // The result of the part of an input within the limit, marked as such; the reason gives the sizes.
    private static ExtractionResult Truncated(ExtractionResult result, int read, ExtractionOptions options)
    {
        var note = $"input is over the limit of {options.MaxInputBytes:N0} bytes: read the first {read:N0}";
        return result with { Truncated = true, Reason = result.Reason is null ? note : $"{result.Reason} ({note})" };
    }

    private static ExtractionResult TooLarge(long size, ExtractionOptions options)
        => ExtractionResult.Fail(ExtractionStatus.TooLarge, size >= 0
            ? $"input is {size:N0} bytes, over the limit of {options.MaxInputBytes:N0}"
            : $"input is over the limit of {options.MaxInputBytes:N0} bytes");
}
