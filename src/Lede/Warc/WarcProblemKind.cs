namespace Lede.Warc;

/// <summary>What went wrong, and so whether something was lost.</summary>
public enum WarcProblemKind
{
    /// <summary>An HTML record larger than <see cref="WarcReaderOptions.MaxDocumentBytes"/> (raw or decoded) was skipped.</summary>
    TooLarge,

    /// <summary>A record could not be read (header broken, HTTP header cut off, content coding unsupported) and was skipped.</summary>
    Unreadable,

    /// <summary>
    /// A record's framing was wrong: its Content-Length did not end where the record ends, or the data ended inside
    /// it. A page in it is still handed out (cut or extended to the next record's start, or as far as the data
    /// goes, with <see cref="WarcDocument.Defect"/> saying so).
    /// </summary>
    Misframed,

    /// <summary>Bytes that belong to no record (between records, or after the last) were skipped.</summary>
    Garbage,

    /// <summary>Compressed data that could not be decompressed was skipped up to the next gzip member.</summary>
    Compression,
}
