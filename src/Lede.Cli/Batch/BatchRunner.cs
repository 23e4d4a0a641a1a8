using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace Lede.Cli.Batch;

/// <summary>
/// The batch pipeline: one reader → <see cref="BatchSettings.Jobs"/> workers → one writer, over bounded channels.
/// In order (the default), the reader hands each document both to the workers and, in input order, to the writer,
/// which waits for each in turn: the bounded writer channel is the reorder window, so at most
/// <see cref="BatchSettings.Window"/> documents are in memory whatever the input's size. Unordered, workers hand
/// documents to the writer as they finish.
/// </summary>
internal sealed class BatchRunner(BatchSettings settings, BatchStats stats, TextWriter error)
{
    private readonly Channel<BatchJob> _work = Bounded<BatchJob>(settings.Window);
    private readonly Channel<WriterItem> _toWriter = Bounded<WriterItem>(settings.Window);
    private readonly ExtractionBudget _budget = new(settings.InFlightBytes);
    private int _readFailures;
    private Exception? _fault;

    /// <summary>
    /// Runs the batch over <paramref name="parts"/>; returns false when an input could not be read. A failure of the
    /// pipeline itself (the output, or a fault no document should cause) stops every side and is thrown.
    /// </summary>
    public async Task<bool> RunAsync(IReadOnlyList<BatchPart> parts, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Guarded(() => ReadAsync(parts, stop.Token), stop);
        var workers = Enumerable.Range(0, settings.Jobs)
            .Select(_ => Guarded(() => WorkAsync(new DocumentWorker(settings), stop.Token), stop))
            .ToArray();
        var writer = Guarded(() => WriteAsync(stop.Token), stop);
        // Unordered, workers still write after the reader is done; in order, only the reader writes.
        _ = Task.WhenAll([reader, .. workers]).ContinueWith(_ => _toWriter.Writer.TryComplete(), TaskScheduler.Default);
        await Task.WhenAll([reader, writer, .. workers]).ContinueWith(_ => { }, TaskScheduler.Default);
        if (_fault is not null)
            ExceptionDispatchInfo.Throw(_fault);
        cancellationToken.ThrowIfCancellationRequested();
        return _readFailures == 0;
    }

    // Runs one side of the pipeline; its failure is kept and stops the others, which would otherwise wait on it
    // for ever (the writer for a document a dead worker took, the reader for room in a full channel).
    private Task Guarded(Func<Task> side, CancellationTokenSource stop) => Task.Run(async () =>
    {
        try
        {
            await side();
        }
        catch (Exception e) when (e is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            Interlocked.CompareExchange(ref _fault, e, null);
            await stop.CancelAsync();
        }
    });

    private async Task ReadAsync(IReadOnlyList<BatchPart> parts, CancellationToken cancellationToken)
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
                        await SendAsync(job, cancellationToken);
                        count++;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    failure = $"cannot read {part.Source}: {e.Message}";
                    Interlocked.Increment(ref _readFailures);
                }
                await _toWriter.Writer.WriteAsync(new PartEnd(part, count, failure), cancellationToken);
            }
        }
        finally
        {
            _work.Writer.TryComplete();
        }
    }

    private async ValueTask SendAsync(BatchJob job, CancellationToken cancellationToken)
    {
        bool ordered = !settings.Unordered;
        // In order, the writer's place in the line is taken first: this write waits while the window is full.
        if (ordered || job.Done.IsCompleted)
            await _toWriter.Writer.WriteAsync(new DocumentItem(job), cancellationToken);
        if (!job.Done.IsCompleted)
            await _work.Writer.WriteAsync(job, cancellationToken);
    }

    private IEnumerable<BatchJob> Documents(BatchPart part, CancellationToken cancellationToken)
    {
        if (part.Pages is not null)
        {
            foreach (var job in HtmlSource.ReadFolder(part, settings, stats))
                yield return job;
            yield break;
        }
        using var raw = part.IsStdin ? Console.OpenStandardInput() : File.OpenRead(part.Source);
        var (kind, replay) = InputSniffer.Sniff(new CountingStream(raw, stats), part.Source);
        var jobs = kind switch
        {
            InputKind.Archive => ArchiveSource.Read(part, replay, settings, stats, cancellationToken),
            InputKind.Jsonl => JsonlSource.Read(part, InputSniffer.Decompressed(replay), settings),
            _ => [HtmlSource.ReadOne(part, replay, settings)],
        };
        foreach (var job in jobs)
            yield return job;
    }

    private async Task WorkAsync(DocumentWorker worker, CancellationToken cancellationToken)
    {
        await foreach (var job in _work.Reader.ReadAllAsync(cancellationToken))
        {
            using (await _budget.EnterAsync(job.Size, cancellationToken))
                job.Complete(worker.Run(job));
            if (settings.Unordered)
                await _toWriter.Writer.WriteAsync(new DocumentItem(job), cancellationToken);
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var open = new Dictionary<BatchPart, (PartWriter Writer, PartEnd? End)>();
        bool text = settings.Format == "text";
        try
        {
            await foreach (var item in _toWriter.Reader.ReadAllAsync(cancellationToken))
            {
                var part = item is DocumentItem d ? d.Job.Part : ((PartEnd)item).Part;
                if (!open.TryGetValue(part, out var state))
                    state = (new PartWriter(settings.Output, part, text), null);
                if (item is DocumentItem document)
                {
                    var outcome = await document.Job.Done.WaitAsync(cancellationToken);
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
                    open.Remove(part);
                    Close(state.Writer, end);
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

    private static Channel<T> Bounded<T>(int capacity) => Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });
}
