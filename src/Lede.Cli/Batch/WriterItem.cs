namespace Lede.Cli.Batch;

/// <summary>What the writer is handed: a document, or the end of a part.</summary>
internal abstract record WriterItem;

/// <summary>A document to write once its outcome is ready.</summary>
internal sealed record DocumentItem(BatchJob Job) : WriterItem;

/// <summary>
/// The reader is done with a part: it held <paramref name="Count"/> documents; <paramref name="Failure"/> says why
/// reading broke off, when it did (the part is then dropped, not completed).
/// </summary>
internal sealed record PartEnd(BatchPart Part, int Count, string? Failure) : WriterItem;
