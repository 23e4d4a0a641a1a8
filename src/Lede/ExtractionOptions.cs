namespace Lede;

/// <summary>
/// How an extraction runs. Immutable: <c>new()</c> gives the defaults; change with <c>with { … }</c>.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>What to favour when a part of the page is doubtful. Default <see cref="Focus.Balanced"/>.</summary>
    public Focus Focus { get; init; } = Focus.Balanced;

    /// <summary>
    /// Record what was removed and why in <see cref="ExtractionResult.Trace"/>. Default false;
    /// costs a few allocations per removed node.
    /// </summary>
    public bool Explain { get; init; }

    /// <summary>
    /// The charset a transport gave (the HTTP <c>Content-Type</c> charset), tried after a byte-order mark
    /// and before the page's own <c>&lt;meta charset&gt;</c>. Default null.
    /// </summary>
    public string? Charset { get; init; }

    /// <summary>
    /// How much of an input is read: a larger one is read up to this many bytes and extracted, with
    /// <see cref="ExtractionResult.Truncated"/> set (or refused with <see cref="ExtractionStatus.TooLarge"/> when
    /// <see cref="TruncateLargeInput"/> is off). Default 16 MiB: larger than almost every real article page (the
    /// largest of the 181 benchmark pages is under 2 MB), small enough that parsing stays within a second or two and a
    /// few hundred MB of memory.
    /// </summary>
    public long MaxInputBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>
    /// Read an input over <see cref="MaxInputBytes"/> up to the limit and extract what is there, as a browser shows a
    /// page before it has all of it: a story sits in the first kilobytes, and what makes a page huge (inline data, an
    /// endless comment thread) comes after. Default true; false refuses such input with <see cref="ExtractionStatus.TooLarge"/>.
    /// </summary>
    public bool TruncateLargeInput { get; init; } = true;

    /// <summary>
    /// Elements nested deeper than this are put in the element at this depth, as browsers do (nothing is lost; the
    /// parse is linear in depth either way). Default 256: real pages nest under 100 deep, and the stages' walks stay short.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>
    /// A time budget for one extraction, on top of the caller's CancellationToken; past it the result is
    /// <see cref="ExtractionStatus.Timeout"/>. Default 30 s; <see cref="Timeout.InfiniteTimeSpan"/> for none.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// When the page was fetched (a WARC record's <c>WARC-Date</c>), if known. A published or modified date later
    /// than this cannot be true (a page cannot tell of its own future), so such candidates are dropped and the next
    /// source is tried. Default null: no capture time, nothing dropped. Costs nothing.
    /// </summary>
    public DateTimeOffset? CapturedAt { get; init; }

    /// <summary>Which optional parts of the pipeline run; all of them outside benchmarks that measure their cost.</summary>
    internal PipelineParts Parts { get; init; } = PipelineParts.All;
}

/// <summary>The parts of the pipeline beyond the body, which a benchmark can leave out to measure what they cost.</summary>
[Flags]
internal enum PipelineParts
{
    /// <summary>The body alone (without the headline, the title-repeat pruning has nothing to compare with).</summary>
    Body = 0,

    /// <summary>ReadMetadata: title, authors, dates, site, language and the rest.</summary>
    Metadata = 1,

    /// <summary>Figures read with their captions and credits, caption lines attached, related links collected.</summary>
    Figures = 2,

    /// <summary>Quotations, their speakers, and the people of the story.</summary>
    Quotes = 4,

    /// <summary>Everything.</summary>
    All = Metadata | Figures | Quotes,
}

/// <summary>What an extraction favours when a part of the page is doubtful.</summary>
public enum Focus
{
    /// <summary>The best trade of precision and recall (the default).</summary>
    Balanced,

    /// <summary>Drop anything doubtful: less noise, some story text may go.</summary>
    Precision,

    /// <summary>Keep anything plausible: all of the story, some noise may stay.</summary>
    Recall,
}
