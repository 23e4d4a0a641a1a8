using System.Diagnostics.CodeAnalysis;
using Lede.Extraction;
namespace Lede;

/// <summary>
/// The outcome of one extraction: an <see cref="Lede.Article"/>, or the reason there is none.
/// "No article here" is a value, not an exception.
/// </summary>
public sealed record ExtractionResult
{
    /// <summary>What happened.</summary>
    public required ExtractionStatus Status { get; init; }

    /// <summary>The article; present when <see cref="Status"/> is <see cref="ExtractionStatus.Ok"/> or <see cref="ExtractionStatus.Empty"/>.</summary>
    public Article? Article { get; init; }

    /// <summary>A one-line reason when the status is not <see cref="ExtractionStatus.Ok"/>, or when <see cref="Truncated"/> is true.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// True when the input was over <see cref="ExtractionOptions.MaxInputBytes"/> and only its first part was read
    /// (see <see cref="ExtractionOptions.TruncateLargeInput"/>); <see cref="Reason"/> then gives the sizes.
    /// </summary>
    public bool Truncated { get; init; }

    /// <summary>What each stage removed and why; empty unless <see cref="ExtractionOptions.Explain"/> is set.</summary>
    public IReadOnlyList<TraceEntry> Trace { get; init; } = [];

    /// <summary>True when an article with body text was found; <see cref="Article"/> is then not null.</summary>
    // The null check keeps the attribute's promise for a result built by hand with Status = Ok and no Article.
    [MemberNotNullWhen(true, nameof(Article))]
    public bool IsOk => Status == ExtractionStatus.Ok && Article is not null;

    internal static ExtractionResult Fail(ExtractionStatus status, string reason) => new() { Status = status, Reason = reason };
}

/// <summary>The kind of outcome of an extraction.</summary>
public enum ExtractionStatus
{
    /// <summary>An article with body text was found.</summary>
    Ok,

    /// <summary>The page was read, but no body text was found in it.</summary>
    Empty,

    /// <summary>
    /// The input is not a document Lede reads: binary data, an image, a PDF. <see cref="Extractor.Extract(byte[], string?, ExtractionOptions?, CancellationToken)"/>
    /// gives it for input that is not HTML, <see cref="Extractor.Clean(byte[], ExtractionOptions?, CancellationToken)"/> for input
    /// that is not text; the reason says which.
    /// </summary>
    NotHtml,

    /// <summary>The input is larger than <see cref="ExtractionOptions.MaxInputBytes"/> and <see cref="ExtractionOptions.TruncateLargeInput"/> is off.</summary>
    TooLarge,

    /// <summary>The extraction was cancelled or ran past its time budget.</summary>
    Timeout,
}

/// <summary>One line of the explain trace: which stage removed what, and why.</summary>
/// <param name="Stage">The stage that acted ("Clean", "FindContentRoot", "PruneBoilerplate", …).</param>
/// <param name="What">A short description of the removed part (tag, class, first words).</param>
/// <param name="Why">The reason it went.</param>
public sealed record TraceEntry(string Stage, string What, string Why);
