using Lede.Input;
using Lede.PlainText;

namespace Lede;

public static partial class Extractor
{
    /// <summary>
    /// Cleans the text a naive scraper produced — a page's lines with its noise left in — into an article: the headline
    /// and standfirst when the first lines read as such, the story's paragraphs, subheadings and lists, image credits
    /// as <see cref="Article.Figures"/> (with a caption line beside them), promo lines ("Related: …", "Lire aussi : …")
    /// as <see cref="Article.Related"/>, and widget labels, calls to action, time stamps and stray alt texts dropped.
    /// With <see cref="ExtractionOptions.Explain"/>, the trace says for each line that is not body text what it was taken for.
    /// </summary>
    /// <param name="text">The text, already decoded.</param>
    /// <param name="options">
    /// Limits (<see cref="ExtractionOptions.MaxInputBytes"/>, <see cref="ExtractionOptions.TimeBudget"/>) and
    /// <see cref="ExtractionOptions.Explain"/>; <see cref="ExtractionOptions.Default"/> when null.
    /// </param>
    /// <param name="cancellationToken">Cancels the cleaning; the result is then <see cref="ExtractionStatus.Timeout"/>.</param>
    /// <returns>
    /// <see cref="ExtractionStatus.Ok"/> with the article; <see cref="ExtractionStatus.Empty"/> when the text is blank or
    /// all noise; <see cref="ExtractionStatus.TooLarge"/>; <see cref="ExtractionStatus.Timeout"/>.
    /// </returns>
    public static ExtractionResult Clean(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        if ((long)text.Length > options.MaxInputBytes)
        {
            if (!options.TruncateLargeInput)
                return TooLarge(text.Length, options);
            int cut = InputCut.Chars(text, options.MaxInputBytes, '\n');
            return Truncated(Clean(text[..cut], options, cancellationToken), cut, options);
        }
        return Guarded(options, cancellationToken, ct => TextCleaner.Run(ControlCharacters.ScrubText(text), options, ct));
    }

    /// <summary>
    /// Cleans text given as bytes, decoded as pages are (byte-order mark, then <see cref="ExtractionOptions.Charset"/>,
    /// then UTF-8 when the bytes are UTF-8, else detection). Binary data (an image, a PDF, an archive) gives
    /// <see cref="ExtractionStatus.NotHtml"/>, whose reason then says "not text".
    /// </summary>
    /// <inheritdoc cref="Clean(string, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Clean(ReadOnlySpan<byte> text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        if (text.Length <= options.MaxInputBytes)
            return CleanWhole(text, options, cancellationToken);
        if (!options.TruncateLargeInput)
            return TooLarge(text.Length, options);
        int cut = InputCut.Bytes(text, options.MaxInputBytes, (byte)'\n');
        return Truncated(CleanWhole(text[..cut], options, cancellationToken), cut, options);
    }

    // Bytes within the size limit.
    private static ExtractionResult CleanWhole(ReadOnlySpan<byte> text, ExtractionOptions options, CancellationToken cancellationToken)
    {
        if (InputSniffer.WhyNotText(text) is { } whyNot)
            return ExtractionResult.Fail(ExtractionStatus.NotHtml, whyNot);
        var decoded = ControlCharacters.ScrubText(HtmlDecoder.Decode(text, options.Charset).Html);
        return Guarded(options, cancellationToken, ct => TextCleaner.Run(decoded, options, ct));
    }

    /// <inheritdoc cref="Clean(ReadOnlySpan{byte}, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Clean(byte[] text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Clean(text.AsSpan(), options, cancellationToken);
    }

    /// <summary>Cleans text read from a stream to its end or to <see cref="ExtractionOptions.MaxInputBytes"/>.</summary>
    /// <inheritdoc cref="Clean(ReadOnlySpan{byte}, ExtractionOptions?, CancellationToken)"/>
    public static ExtractionResult Clean(Stream text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        var bytes = StreamReading.ReadCapped(text, options.MaxInputBytes, out bool truncated);
        if (!truncated)
            return CleanWhole(bytes, options, cancellationToken);
        if (!options.TruncateLargeInput)
            return TooLarge(-1, options);
        int cut = InputCut.Bytes(bytes, bytes.Length, (byte)'\n');
        return Truncated(CleanWhole(bytes.AsSpan(0, cut), options, cancellationToken), cut, options);
    }

    /// <summary>
    /// Cleans text read asynchronously from a stream to its end (at most <see cref="ExtractionOptions.MaxInputBytes"/>),
    /// so that a server reading a request body holds no thread while the bytes arrive.
    /// </summary>
    /// <param name="text">The text bytes; read to its end, not disposed.</param>
    /// <param name="options">Limits and <see cref="ExtractionOptions.Explain"/>; <see cref="ExtractionOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading (the task is then cancelled) and the cleaning (the result is then <see cref="ExtractionStatus.Timeout"/>).</param>
    /// <returns>The result, as <see cref="Clean(ReadOnlySpan{byte}, ExtractionOptions?, CancellationToken)"/> gives it; <see cref="ExtractionStatus.TooLarge"/> as soon as the stream goes past the cap.</returns>
    public static async Task<ExtractionResult> CleanAsync(Stream text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        var bytes = await StreamReading.ReadCappedAsync(text, options.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
            return TooLarge(-1, options);
        return Clean(bytes.AsSpan(), options, cancellationToken);
    }
}
