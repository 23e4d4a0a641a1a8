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
}
