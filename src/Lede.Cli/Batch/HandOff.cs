namespace Lede.Cli.Batch;

/// <summary>
/// A bounded queue between the batch's threads that wakes a full side in batches, not item by item. Once the queue
/// is full, adders wait until takers have drained it to half, and then fill it again in one go.
/// <para>
/// Written here rather than taken from the framework. <c>BlockingCollection</c> and <c>Channel</c> let a waiting
/// adder in again as soon as one item leaves. The reader, which inflates far faster than a worker extracts, then woke,
/// spun and slept once for every document. In a native batch of 905 pages that cost about 3% of the CPU time: the
/// spinning, plus the kernel's switching. Waits here block in <see cref="Monitor.Wait(object)"/>, which does not spin.
/// </para>
/// </summary>
internal sealed class HandOff<T>(int capacity)
{
    private readonly Queue<T> _items = new(capacity);
    private readonly int _refillAt = capacity / 2;
    private bool _draining;
    private bool _completed;

    /// <summary>Adds <paramref name="item"/>, first waiting while the queue drains after it was full.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired, before or while waiting.</exception>
    /// <exception cref="InvalidOperationException">Adding was already completed.</exception>
    public void Add(T item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_items)
        {
            if (!_draining)
            {
                Enqueue(item);
                return;
            }
        }
        using (Wake(cancellationToken))
        {
            lock (_items)
            {
                while (_draining)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_items);
                }
                Enqueue(item);
            }
        }
    }

    /// <summary>Takes the next item, waiting for one; false once adding is complete and the queue is empty.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired, before or while waiting.</exception>
    public bool TryTake(out T item, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_items)
        {
            if (_items.Count > 0 || _completed)
                return Dequeue(out item);
        }
        using (Wake(cancellationToken))
        {
            lock (_items)
            {
                while (_items.Count == 0 && !_completed)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Monitor.Wait(_items);
                }
                return Dequeue(out item);
            }
        }
    }

    /// <summary>No more items will come: takers finish the queue, then get false.</summary>
    public void CompleteAdding()
    {
        lock (_items)
        {
            _completed = true;
            Monitor.PulseAll(_items);
        }
    }

    // Under the lock.
    private void Enqueue(T item)
    {
        if (_completed)
            throw new InvalidOperationException("The hand-off is complete: nothing more can be added.");
        _items.Enqueue(item);
        if (_items.Count >= capacity)
            _draining = true;
        // Takers wait only on an empty queue, so only its first item has anyone to wake.
        if (_items.Count == 1)
            Monitor.PulseAll(_items);
    }

    // Under the lock.
    private bool Dequeue(out T item)
    {
        if (!_items.TryDequeue(out item!))
            return false;
        if (_draining && _items.Count <= _refillAt)
        {
            _draining = false;
            Monitor.PulseAll(_items);
        }
        return true;
    }

    // A cancellation wakes every waiter to see it. The registration is disposed outside the lock: disposing waits for
    // a callback that is running, and the callback takes the lock.
    private CancellationTokenRegistration Wake(CancellationToken cancellationToken)
        => cancellationToken.UnsafeRegister(static state =>
        {
            var items = (Queue<T>)state!;
            lock (items)
                Monitor.PulseAll(items);
        }, _items);
}
