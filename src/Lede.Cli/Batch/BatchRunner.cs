using System.Runtime.ExceptionServices;

namespace Lede.Cli.Batch;

/// <summary>
/// The batch pipeline: one reader → <see cref="BatchSettings.Jobs"/> workers → one writer, over bounded channels.
/// In order (the default), the reader hands each document both to the workers and, in input order, to the writer,
/// which waits for each in turn: the bounded writer channel is the reorder window, so at most
/// <see cref="BatchSettings.Window"/> documents are in memory whatever the input's size. Unordered, workers hand
/// documents to the writer as they finish.
/// Every side runs on a thread of its own and blocks on its channel, rather than on the thread pool: a worker holds
/// its thread for the whole of a page anyway, and on the pool each hand-off woke a pool thread that spun before it
/// slept (a tenth of a core with one worker), and the workers' per-thread buffer caches spread over however many
/// pool threads a long run came to use (its peak memory grew with its length). The channels are <see cref="HandOff{T}"/>s,
/// which wake a side that waits for room once per half a window rather than once per document.
/// </summary>
internal sealed class BatchRunner(BatchSettings settings, BatchStats stats, TextWriter error)
{
    private readonly HandOff<BatchJob> _work = new(settings.Window);
    private readonly HandOff<WriterItem> _toWriter = new(settings.Window);
    private readonly ExtractionBudget _budget = new(settings.InFlightBytes);
    // Made only when a URL list is read, and shared by all of them: what it learns of each host lasts the run.
    private readonly Lazy<Lede.Fetch.PageFetcher> _fetcher = new(() => new Lede.Fetch.PageFetcher(settings.Fetch));
    private int _readFailures;
    private Exception? _fault;

    /// <summary>
    /// Runs the batch over <paramref name="parts"/>; returns false when an input could not be read. A failure of the
    /// pipeline itself (the output, or a fault no document should cause) stops every side and is thrown.
    /// </summary>
    public async Task<bool> RunAsync(IReadOnlyList<BatchPart> parts, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Guarded(() => Read(parts, stop.Token), stop);
        var workers = Enumerable.Range(0, settings.Jobs)
            .Select(_ => Guarded(() => Work(new DocumentWorker(settings), stop.Token), stop))
            .ToArray();
        var writer = Guarded(() => Write(stop.Token), stop);
        // Unordered, workers still write after the reader is done; in order, only the reader writes.
        var feeding = Task.WhenAll([reader, .. workers]).ContinueWith(_ => _toWriter.CompleteAdding(), TaskScheduler.Default);
        await Task.WhenAll([reader, writer, feeding, .. workers]).ContinueWith(_ => { }, TaskScheduler.Default);
        if (_fetcher.IsValueCreated)
            await _fetcher.Value.DisposeAsync();
        if (_fault is not null)
            ExceptionDispatchInfo.Throw(_fault);
        cancellationToken.ThrowIfCancellationRequested();
        return _readFailures == 0;
    }

    // Runs one side of the pipeline; its failure is kept and stops the others, which would otherwise wait on it
    // for ever (the writer for a document a dead worker took, the reader for room in a full channel).
    private Task Guarded(Action side, CancellationTokenSource stop) => Task.Factory.StartNew(() =>
    {
        try
        {
            side();
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            Interlocked.CompareExchange(ref _fault, e, null);
            stop.Cancel();
        }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Read(IReadOnlyList<BatchPart> parts, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var part in parts)
            {
                int count = 0;
                string? failure = null;
                try
                {
                    foreach (var job in Documents(part, cancellationToken))
                    {
                        Send(job, cancellationToken);
                        count++;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failure = $"cannot read {part.Source}: {e.Message}";
                    Interlocked.Increment(ref _readFailures);
                }
                _toWriter.Add(new PartEnd(part, count, failure), cancellationToken);
            }
        }
        finally
        {
            _work.CompleteAdding();
        }
    }

    private void Send(BatchJob job, CancellationToken cancellationToken)
    {
        bool ordered = !settings.Unordered;
        // In order, the writer's place in the line is taken first: this waits while the window is full.
        if (ordered || job.Done.IsCompleted)
            _toWriter.Add(new DocumentItem(job), cancellationToken);
        if (!job.Done.IsCompleted)
            _work.Add(job, cancellationToken);
    }

    private IEnumerable<BatchJob> Documents(BatchPart part, CancellationToken cancellationToken)
    {
        if (part.IsUrlList)
        {
            foreach (var job in UrlListSource.Read(part, _fetcher.Value, settings, stats, cancellationToken))
                yield return job;
            yield break;
        }
        if (part.Pages is not null)
        {
            foreach (var job in FileSource.ReadFolder(part, settings, stats))
                yield return job;
            yield break;
        }
        using var raw = part.IsStdin ? Console.OpenStandardInput() : File.OpenRead(part.Source);
        var (kind, replay) = InputSniffer.Sniff(new CountingStream(raw, stats), part.Source);
        var jobs = kind switch
        {
            InputKind.Archive => ArchiveSource.Read(part, replay, settings, stats, cancellationToken),
            InputKind.Jsonl => JsonlSource.Read(part, InputSniffer.Decompressed(replay), settings),
            _ => [FileSource.ReadOne(part, replay, kind, settings)],
        };
        foreach (var job in jobs)
            yield return job;
    }

    private void Work(DocumentWorker worker, CancellationToken cancellationToken)
    {
        while (_work.TryTake(out var job, cancellationToken))
        {
            var entry = _budget.EnterAsync(job.Size, cancellationToken);
            using (entry.IsCompleted ? entry.Result : entry.AsTask().GetAwaiter().GetResult())
                job.Complete(worker.Run(job, cancellationToken));
            if (settings.Unordered)
                _toWriter.Add(new DocumentItem(job), cancellationToken);
        }
    }

    private void Write(CancellationToken cancellationToken)
    {
        var open = new Dictionary<BatchPart, (PartWriter Writer, PartEnd? End)>();
        bool text = settings.Format == "text";
        try
        {
            while (_toWriter.TryTake(out var item, cancellationToken))
            {
                var part = item is DocumentItem d ? d.Job.Part : ((PartEnd)item).Part;
                if (!open.TryGetValue(part, out var state))
                    state = (new PartWriter(settings.Output, part, text, settings.Resume), null);
                if (item is DocumentItem document)
                {
                    document.Job.Done.Wait(cancellationToken);
                    var outcome = document.Job.Done.Result;
                    state.Writer.Write(document.Job, outcome);
                    stats.AddWritten(outcome);
                }
                else
                {
                    state.End = (PartEnd)item;
                }
                open[part] = state;
                if (state.End is { } end && state.Writer.Written == end.Count)
                {
                    // Still open while it closes: a part that fails to complete (a full disk) is abandoned below.
                    Close(state.Writer, end);
                    open.Remove(part);
                }
            }
        }
        finally
        {
            // Cancelled or broken: what is open is not complete, and must not look it.
            foreach (var (writer, _) in open.Values)
                writer.Abandon();
        }
    }

    private void Close(PartWriter writer, PartEnd end)
    {
        if (end.Failure is null)
        {
            writer.Complete();
            stats.PartsWritten++;
            return;
        }
        writer.Abandon();
        stats.PartsFailed++;
        lock (error)
            error.WriteLine($"lede: {end.Failure} (part {end.Part.Name} not written)");
    }
}
