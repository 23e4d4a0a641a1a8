using System.Diagnostics;

namespace Lede.Extraction;

/// <summary>
/// Cancels each extraction's budget source when its time budget runs out, from a thread of its own.
/// <para>
/// Written here rather than left to <see cref="CancellationTokenSource.CancelAfter(TimeSpan)"/>: the framework's
/// timers fire on the thread pool, and a pool whose threads are all busy (a service that extracts on request threads,
/// a caller that blocks on tasks) runs the callback only once it has added a thread, half a second or more later. A
/// 10 ms budget on a page that took 0.6 s to extract came back Ok under such load. Here one background thread, started
/// at the first budget, sleeps until the earliest budget runs out. Extractions that end first leave its sleep alone (it
/// wakes at that time, finds nothing due and sleeps again), so a run of extractions with the same budget wakes it about
/// once a budget, not once an extraction.
/// </para>
/// </summary>
internal static class BudgetClock
{
    private static readonly object Gate = new();
    private static readonly LinkedList<(CancellationTokenSource Source, long Due)> Running = new();
    private static long wakeAt = long.MaxValue;
    private static bool started;

    /// <summary>Cancels <paramref name="source"/> once <paramref name="budget"/> has passed, unless the returned handle is disposed first.</summary>
    public static Handle CancelAfter(CancellationTokenSource source, TimeSpan budget)
    {
        // Clamped before the conversion: a budget of years overflows a long of timestamp ticks.
        long due = Stopwatch.GetTimestamp() + (long)Math.Clamp(budget.TotalSeconds * Stopwatch.Frequency, 0, long.MaxValue / 4);
        LinkedListNode<(CancellationTokenSource, long)> node;
        lock (Gate)
        {
            node = Running.AddLast((source, due));
            if (!started)
            {
                started = true;
                new Thread(Watch) { IsBackground = true, Name = "Lede time budgets" }.Start();
            }
            else if (due < wakeAt)
            {
                Monitor.Pulse(Gate);
            }
        }
        return new Handle(node);
    }

    /// <summary>The budget of one extraction; disposing it (when the extraction ends) takes it off the clock.</summary>
    public readonly struct Handle(LinkedListNode<(CancellationTokenSource, long)>? node) : IDisposable
    {
        public void Dispose()
        {
            if (node is null) return; // the default handle: no budget
            lock (Gate)
            {
                if (node.List is not null)
                    Running.Remove(node);
            }
        }
    }

    private static void Watch()
    {
        var due = new List<CancellationTokenSource>();
        while (true)
        {
            lock (Gate)
            {
                while (true)
                {
                    long now = Stopwatch.GetTimestamp(), earliest = long.MaxValue;
                    for (var node = Running.First; node is not null;)
                    {
                        var next = node.Next;
                        if (node.Value.Due <= now)
                        {
                            due.Add(node.Value.Source);
                            Running.Remove(node);
                        }
                        else
                        {
                            earliest = Math.Min(earliest, node.Value.Due);
                        }
                        node = next;
                    }
                    wakeAt = earliest;
                    if (due.Count > 0) break;
                    Monitor.Wait(Gate, earliest == long.MaxValue ? Timeout.Infinite : WaitMilliseconds(earliest - now));
                }
            }
            // Outside the lock: cancelling runs the token's callbacks. A source whose extraction ended (and disposed
            // it) between its removal here and now has nothing left to cancel; a callback that throws is its caller's
            // business, and must not end the clock for every other extraction.
            foreach (var source in due)
            {
                try
                {
                    source.Cancel();
                }
                catch (Exception e) when (e is ObjectDisposedException or AggregateException)
                {
                }
            }
            due.Clear();
        }
    }

    // At least a millisecond (the wait's unit, rounded up so that the budget has run out on waking), at most a day.
    private static int WaitMilliseconds(long ticks)
        => (int)Math.Clamp(Math.Ceiling(ticks * 1000.0 / Stopwatch.Frequency), 1, 86_400_000);
}
