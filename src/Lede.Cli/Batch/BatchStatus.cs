namespace Lede.Cli.Batch;

/// <summary>The status words of the output lines.</summary>
internal static class BatchStatus
{
    public const string Ok = "ok";
    public const string Empty = "empty";
    public const string NotHtml = "not-html";
    public const string TooLarge = "too-large";
    public const string Timeout = "timeout";
    public const string Error = "error";

    /// <summary>
    /// A line that is no document: damage in an archive that was repaired or stepped over (misframed records, junk
    /// between records), whose page, if any, has a line of its own. Counted apart from the documents.
    /// </summary>
    public const string ArchiveProblem = "archive-problem";

    /// <summary>A URL of a URL list that could not be fetched: its line's <c>fetchStatus</c> and <c>reason</c> say why.</summary>
    public const string NotFetched = "not-fetched";

    /// <summary>Every document status, in the order the summary lists them (<see cref="ArchiveProblem"/> is listed apart).</summary>
    public static readonly string[] All = [Ok, Empty, NotHtml, TooLarge, Timeout, Error, NotFetched];

    public static string Of(ExtractionStatus status) => status switch
    {
        ExtractionStatus.Ok => Ok,
        ExtractionStatus.Empty => Empty,
        ExtractionStatus.NotHtml => NotHtml,
        ExtractionStatus.TooLarge => TooLarge,
        ExtractionStatus.Timeout => Timeout,
        _ => Error,
    };
}
