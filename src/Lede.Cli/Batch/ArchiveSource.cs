using Lede.Warc;

namespace Lede.Cli.Batch;

/// <summary>
/// The documents of a WARC or ARC archive, in record order. A damaged record becomes a line of its own with the
/// offset in its reason (a lost page as <c>error</c> or <c>too-large</c>, repaired framing as <c>archive-problem</c>
/// with the id <c>NAME@OFFSET#problem</c>),
/// and reading goes on; records that hold no HTML page are counted in the summary.
/// </summary>
internal static class ArchiveSource
{
    public static IEnumerable<BatchJob> Read(BatchPart part, Stream stream, BatchSettings settings, BatchStats stats, CancellationToken cancellationToken)
    {
        // Pages' bodies come from a pool and go back when each is done (BatchJob.Complete): a new array a page was a
        // large object a page, and the background collections those set off took a tenth of a native batch's CPU time.
        // The pool keeps two bodies a size class (powers of two): four kept more memory (1x against 20x the WARC: +16%
        // with four, +8.5% with two) for no CPU time that alternating runs could tell apart (4.41 s against 4.40 s);
        // see also the command's gen-0 budget (Lede.Cli.csproj).
        int maxBytes = (int)Math.Min(settings.Extraction.MaxInputBytes, Array.MaxLength);
        var options = new WarcReaderOptions
        {
            MaxDocumentBytes = maxBytes,
            BodyPool = System.Buffers.ArrayPool<byte>.Create(maxBytes, 2),
        };
        var items = WarcReader.Read(stream, options, cancellationToken);
        int index = 0;
        // A page's id is its record's offset; a problem line at the same offset gets a suffix, so ids stay unique.
        var ids = new UniqueNames();
        foreach (var item in items)
        {
            var id = $"{part.Name}@{item.Offset}";
            if (item is WarcDocument page)
            {
                yield return new BatchJob
                {
                    Part = part, Index = index++, Id = ids.Claim(id), Url = page.TargetUri, WarcRecordId = page.RecordId,
                    WarcDate = page.Date, Charset = page.Charset, Defect = page.Defect, Bytes = page.Body, ArchivePage = page,
                };
                continue;
            }
            var problem = (WarcProblem)item;
            // A lost record stands for its document (too-large or error); repaired damage is a line of another kind.
            var status = !problem.LostRecord ? BatchStatus.ArchiveProblem : problem.Kind == WarcProblemKind.TooLarge ? BatchStatus.TooLarge : BatchStatus.Error;
            var job = new BatchJob
            {
                Part = part, Index = index++, Id = ids.Claim(problem.LostRecord ? id : id + "#problem"), Url = problem.TargetUri, WarcRecordId = problem.RecordId,
            };
            var reason = $"archive: {problem.Where}: {problem.Reason}";
            job.Complete(new DocumentOutcome(status, OutputLine.Write(job, status, reason, null, problem.Offset), null));
            yield return job;
        }
        stats.AddSkippedRecords(items.Counts.Skipped);
    }
}
