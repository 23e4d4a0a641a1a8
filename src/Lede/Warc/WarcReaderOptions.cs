using System.Buffers;

namespace Lede.Warc;

/// <summary>Limits for <see cref="WarcReader"/>. Immutable: <c>new()</c> gives the defaults; change with <c>with { … }</c>.</summary>
public sealed record WarcReaderOptions
{
    /// <summary>The defaults.</summary>
    public static WarcReaderOptions Default { get; } = new();

    /// <summary>
    /// An HTML record whose block, or whose body once decoded, is larger than this is skipped and reported
    /// <see cref="WarcProblemKind.TooLarge"/>; reading goes on. Default 16 MiB, the same as
    /// <see cref="ExtractionOptions.MaxInputBytes"/>, which would refuse a larger page anyway. The reader's
    /// memory peaks at about twice this (one pooled buffer for the record, one for its decoded body).
    /// </summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// A record header (WARC fields, or the HTTP header inside the record) longer than this is unreadable.
    /// Default 64 KiB: real headers are under 4 KiB; a long one is a sign of garbage, not of a record.
    /// </summary>
    public int MaxHeaderBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Where documents' bodies come from. Null (the default): each <see cref="WarcDocument.Body"/> is a new array of its
    /// own. A pool: each body is rented from it, and goes back when <see cref="WarcDocument.ReleaseBody"/> is called.
    /// A batch that is done with each page soon after reading it saves a large-object allocation a page (most pages
    /// are over 85 KB) and the collections those trigger: about a tenth of the native command's CPU time over the
    /// benchmark WARC. A body never released is only collected, as an unpooled one is. The reader's own record buffers
    /// rent from the pool too, so that a body is handed over in the array it was read into rather than copied: an
    /// array it returns to the pool may hold the record's WARC and HTTP headers before the body.
    /// </summary>
    public ArrayPool<byte>? BodyPool { get; init; }
}
