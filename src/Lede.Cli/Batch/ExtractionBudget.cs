namespace Lede.Cli.Batch;

/// <summary>
/// How much page HTML the workers extract at once. A page's DOM and working data take some tens of times its size,
/// so the peak memory of a batch is set by the largest pages that happen to be in the workers together; with
/// several workers, the longer the run, the likelier the largest ones meet. Each worker takes its page's size from
/// this budget before extracting and gives it back after, so pages together never exceed it (a page larger than
/// the whole budget runs alone): the peak is then bounded by the budget, not by chance or the input's length.
/// First come, first served: a large page waiting for room is not overtaken by smaller ones, so it cannot starve.
/// </summary>
internal sealed class ExtractionBudget(long capacity)
{
    private readonly Lock _gate = new();
    private readonly Queue<Waiter> _waiting = new();
    private long _used;

    public long Capacity { get; } = Math.Max(1, capacity);

    /// <summary>Waits until <paramref name="size"/> bytes fit beside the pages in the workers; dispose the lease to give them back.</summary>
    public ValueTask<Lease> EnterAsync(long size, CancellationToken cancellationToken)
    {
        long weight = Math.Clamp(size, 1, Capacity);
        Waiter waiter;
        lock (_gate)
        {
            if (_waiting.Count == 0 && _used + weight <= Capacity)
            {
                _used += weight;
                return ValueTask.FromResult(new Lease(this, weight));
            }
            waiter = new Waiter(weight);
            _waiting.Enqueue(waiter);
        }
        return WaitAsync(waiter, cancellationToken);
    }

    private async ValueTask<Lease> WaitAsync(Waiter waiter, CancellationToken cancellationToken)
    {
        await using (cancellationToken.Register(() => Cancel(waiter)))
            await waiter.Admitted.Task.ConfigureAwait(false);
        return new Lease(this, waiter.Weight);
    }

    private void Cancel(Waiter waiter)
    {
        lock (_gate)
        {
            // Admitted already: the lease's owner gives the weight back. Otherwise it never took any.
            if (waiter.Admitted.TrySetCanceled()) Admit();
        }
    }

    private void Release(long weight)
    {
        lock (_gate)
        {
            _used -= weight;
            Admit();
        }
    }

    // Lets in the pages at the head of the line while they fit; one cancelled while it waited is passed over.
    private void Admit()
    {
        while (_waiting.TryPeek(out var next))
        {
            if (next.Admitted.Task.IsCompleted) { _waiting.Dequeue(); continue; }
            if (_used + next.Weight > Capacity) return;
            _waiting.Dequeue();
            _used += next.Weight;
            next.Admitted.TrySetResult();
        }
    }

    private sealed class Waiter(long weight)
    {
        public long Weight { get; } = weight;

        public TaskCompletionSource Admitted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A page's share of the budget, given back on dispose.</summary>
    public readonly struct Lease(ExtractionBudget budget, long weight) : IDisposable
    {
        public void Dispose() => budget.Release(weight);
    }
}
