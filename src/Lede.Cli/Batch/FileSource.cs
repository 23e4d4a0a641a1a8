namespace Lede.Cli.Batch;

/// <summary>
/// The documents of page and text files: one document a file (.html, .htm, .html.gz, or .txt, .txt.gz, cleaned as
/// plain text), read whole up to the size cap.
/// </summary>
internal static class FileSource
{
    /// <summary>The files of a folder run, in order, each a text or a page by its name; each id is the path under the folder.</summary>
    public static IEnumerable<BatchJob> ReadFolder(BatchPart part, BatchSettings settings, BatchStats stats)
    {
        int index = 0;
        foreach (var path in part.Pages!)
        {
            var id = Path.GetRelativePath(part.Source, path).Replace('\\', '/');
            using var file = new CountingStream(File.OpenRead(path), stats);
            bool gzip = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
            yield return Document(part, index++, id, file, gzip, FileKinds.IsText(path), new FileInfo(path).Length, settings);
        }
    }

    /// <summary>One page or text given as an input file (or on standard input), as <paramref name="kind"/> says.</summary>
    public static BatchJob ReadOne(BatchPart part, Stream replay, InputKind kind, BatchSettings settings)
    {
        var gzip = replay is PrefixedStream p && p.Prefix.Length >= 2 && p.Prefix.Span[0] == 0x1f && p.Prefix.Span[1] == 0x8b;
        var id = part.IsStdin ? "stdin" : Path.GetFileName(part.Source);
        return Document(part, 0, id, replay, gzip, kind == InputKind.Text, part.Bytes, settings);
    }

    private static BatchJob Document(BatchPart part, int index, string id, Stream stream, bool gzip, bool text, long size, BatchSettings settings)
    {
        var job = new BatchJob { Part = part, Index = index, Id = id, IsText = text };
        long cap = settings.Extraction.MaxInputBytes;
        bool truncate = settings.Extraction.TruncateLargeInput;
        // A plain file's size is known: one over the cap is refused without reading it, unless it is to be truncated.
        if (!gzip && size > cap && !truncate)
            return TooLarge(job, $"input is {size:N0} bytes, over the limit of {cap:N0}");
        // Gzip is inflated whole, in memory, so that a truncated file is an error rather than a shorter page (GzipData).
        // Deflate grows incompressible data by a few bytes in 64 KB: compressed data past this slack inflates past the cap.
        // A plain file is read one byte past the cap, so that the extractor sees it over the limit and truncates it.
        long readCap = gzip ? cap + cap / 100 + (1 << 16) : cap + 1;
        var bytes = StreamReading.ReadCapped(stream, readCap, out bool truncated);
        if (truncated && gzip)
            return TooLarge(job, $"input is over the limit of {cap:N0} bytes");
        try
        {
            job.Bytes = gzip ? GzipData.Gunzip(bytes, cap, null) : bytes;
        }
        catch (InputTooLargeException)
        {
            return TooLarge(job, $"input is over the limit of {cap:N0} bytes");
        }
        catch (InvalidDataException e)
        {
            job.Complete(new DocumentOutcome(BatchStatus.Error, OutputLine.Write(job, BatchStatus.Error, e.Message, null), null));
        }
        return job;
    }

    private static BatchJob TooLarge(BatchJob job, string reason)
    {
        job.Complete(new DocumentOutcome(BatchStatus.TooLarge, OutputLine.Write(job, BatchStatus.TooLarge, reason, null), null));
        return job;
    }
}
