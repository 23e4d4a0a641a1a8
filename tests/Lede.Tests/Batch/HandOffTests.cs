using Lede.Cli.Batch;

namespace Lede.Tests.Batch;

/// <summary>The batch's bounded queue: order, the wait for half a window once full, completion and cancellation.</summary>
public sealed class HandOffTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    [Fact]
    public async Task ItemsComeOutInOrderAcrossThreads()
    {
        var queue = new HandOff<int>(8);
        var taken = new List<int>();
        var taker = Task.Run(() =>
        {
            while (queue.TryTake(out int item, CancellationToken.None))
                taken.Add(item);
        });
        await Task.Run(() =>
        {
            for (int i = 0; i < 100_000; i++)
                queue.Add(i, CancellationToken.None);
            queue.CompleteAdding();
        });
        await taker.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(Enumerable.Range(0, 100_000), taken);
    }

    [Fact]
    public async Task AFullQueueTakesMoreOnlyOnceHalfOfItIsTaken()
    {
        var queue = new HandOff<int>(4);
        for (int i = 0; i < 4; i++)
            queue.Add(i, CancellationToken.None);

        var adding = Task.Run(() => queue.Add(4, CancellationToken.None));
        await Task.Delay(Settle);
        Assert.False(adding.IsCompleted, "added to a full queue");

        Assert.True(queue.TryTake(out int first, CancellationToken.None));
        await Task.Delay(Settle);
        Assert.False(adding.IsCompleted, "added with three of four places taken");

        Assert.True(queue.TryTake(out int second, CancellationToken.None));
        await adding.WaitAsync(TimeSpan.FromMinutes(1));
        queue.CompleteAdding();
        var rest = new List<int>();
        while (queue.TryTake(out int item, CancellationToken.None))
            rest.Add(item);

        Assert.Equal([0, 1], [first, second]);
        Assert.Equal([2, 3, 4], rest);
    }

    [Fact]
    public async Task CompletingWakesAWaitingTakerWithFalse()
    {
        var queue = new HandOff<string>(8);
        var taking = Task.Run(() => queue.TryTake(out _, CancellationToken.None));
        await Task.Delay(Settle);
        Assert.False(taking.IsCompleted);

        queue.CompleteAdding();

        Assert.False(await taking.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Throws<InvalidOperationException>(() => queue.Add("late", CancellationToken.None));
    }

    [Fact]
    public async Task CancellingWakesAWaitingTakerAndAWaitingAdder()
    {
        var empty = new HandOff<int>(2);
        var full = new HandOff<int>(2);
        full.Add(1, CancellationToken.None);
        full.Add(2, CancellationToken.None);
        using var stop = new CancellationTokenSource();
        var taking = Task.Run(() => empty.TryTake(out _, stop.Token));
        var adding = Task.Run(() => full.Add(3, stop.Token));
        await Task.Delay(Settle);
        Assert.False(taking.IsCompleted || adding.IsCompleted);

        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => taking.WaitAsync(TimeSpan.FromMinutes(1)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adding.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.ThrowsAny<OperationCanceledException>(() => full.TryTake(out _, stop.Token));
    }
}
