namespace Lede.Warc;

/// <summary>Frames the records of one archive format, skipping (and counting) those that cannot hold a page.</summary>
internal interface IRecordReader
{
    /// <summary>
    /// The next record that may hold a page, or null at the end of the input. Problems met on the way go to the
    /// reader's <see cref="ProblemSink"/>; the returned block is valid until the next call.
    /// </summary>
    ArchiveRecord? Next(CancellationToken cancellationToken);
}
