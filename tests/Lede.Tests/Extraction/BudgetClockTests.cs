using System.Diagnostics;
using System.Text;
using Lede.Extraction;

namespace Lede.Tests.Extraction;

/// <summary>The clock that ends extractions past their time budget, from its own thread rather than the thread pool's.</summary>
[Collection(TimedTests.Name)]
public sealed class BudgetClockTests
{
    [Fact]
    public async Task CancelsFromItsOwnThreadNotThePool()
    {
        using var source = new CancellationTokenSource();
        var fired = new TaskCompletionSource<(bool Pool, string? Name)>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Token.Register(() => fired.TrySetResult((Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name)));
        (bool Pool, string? Name) cancelledOn;
        using (BudgetClock.CancelAfter(source, TimeSpan.FromMilliseconds(20)))
            cancelledOn = await fired.Task.WaitAsync(TimeSpan.FromSeconds(10)); // a TimeoutException: the budget did not run out
        Assert.Equal((false, "Lede time budgets"), cancelledOn);
    }

    [Fact]
    public void ACallbackThatThrowsDoesNotStopTheClock()
    {
        using var throwing = new CancellationTokenSource();
        throwing.Token.Register(() => throw new InvalidOperationException("a caller's callback"));
        using (BudgetClock.CancelAfter(throwing, TimeSpan.FromMilliseconds(10)))
            Assert.True(throwing.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "the budget did not run out");

        using var next = new CancellationTokenSource();
        using (BudgetClock.CancelAfter(next, TimeSpan.FromMilliseconds(10)))
            Assert.True(next.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "the clock stopped after a callback threw");
    }

    [Fact]
    public void AnExtractionThatEndedIsTakenOffTheClock()
    {
        using var source = new CancellationTokenSource();
        BudgetClock.CancelAfter(source, TimeSpan.FromMilliseconds(50)).Dispose();
        Thread.Sleep(300);
        Assert.False(source.IsCancellationRequested);
    }

    [Fact]
    public void AShortBudgetAfterALongOneRunsOutFirst()
    {
        using var longSource = new CancellationTokenSource();
        using var shortSource = new CancellationTokenSource();
        using var longBudget = BudgetClock.CancelAfter(longSource, TimeSpan.FromMinutes(10));
        var watch = Stopwatch.StartNew();
        using (BudgetClock.CancelAfter(shortSource, TimeSpan.FromMilliseconds(30)))
            Assert.True(shortSource.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "the short budget did not run out");
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(29), $"ran out after {watch.Elapsed.TotalMilliseconds:F0} ms");
        Assert.False(longSource.IsCancellationRequested);
    }

    [Fact]
    public void BudgetsOfAnyLengthAreKept()
    {
        using var endless = new CancellationTokenSource();
        using var spent = new CancellationTokenSource();
        using var endlessBudget = BudgetClock.CancelAfter(endless, TimeSpan.MaxValue);
        using (BudgetClock.CancelAfter(spent, TimeSpan.FromSeconds(-5)))
            Assert.True(spent.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(10)), "a spent budget did not run out");
        Assert.False(endless.IsCancellationRequested);
    }

    [Fact]
    public void ABudgetRunsOutWhileEveryPoolThreadIsBusy()
    {
        // Every pool thread blocked, as on a service that extracts on its request threads: the framework's timers,
        // which fire on the pool, then wait for it to add a thread.
        ThreadPool.GetMinThreads(out int workers, out _);
        // Not disposed: blockers still queued when the test ends wait on it after.
        var release = new ManualResetEventSlim();
        int blockers = Math.Max(64, workers * 8);
        for (int i = 0; i < blockers; i++)
            ThreadPool.UnsafeQueueUserWorkItem(static r => r.Wait(), release, preferLocal: false);
        try
        {
            var page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>Text.</p><div>" + string.Concat(Enumerable.Repeat("<span>s</span>", 1_000_000)) + "</div></body></html>");
            ExtractionResult? result = null;
            var watch = Stopwatch.StartNew();
            var extraction = new Thread(() => result = Extractor.Extract(page, options: new ExtractionOptions { TimeBudget = TimeSpan.FromMilliseconds(10) }));
            extraction.Start();
            Assert.True(extraction.Join(TimeSpan.FromSeconds(60)), "the extraction hung");
            Assert.Equal(ExtractionStatus.Timeout, result!.Status);
            // About 70 ms here, decoding included; with the framework's timer 0.35-1.2 s, as the pool added threads.
            Assert.True(watch.Elapsed < TimeSpan.FromMilliseconds(500), $"took {watch.Elapsed.TotalMilliseconds:F0} ms");
        }
        finally
        {
            release.Set();
        }
    }
}
