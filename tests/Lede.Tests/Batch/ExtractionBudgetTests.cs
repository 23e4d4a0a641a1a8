using Lede.Cli.Batch;

namespace Lede.Tests.Batch;

/// <summary>The bytes of page the workers extract at once: never over the budget, a page bigger than it alone, first come first served.</summary>
public sealed class ExtractionBudgetTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task PagesThatFitTogetherAreLetInAtOnce()
    {
        var budget = new ExtractionBudget(100);
        var a = budget.EnterAsync(60, CancellationToken.None);
        var b = budget.EnterAsync(40, CancellationToken.None);
        Assert.True(a.IsCompletedSuccessfully);
        Assert.True(b.IsCompletedSuccessfully);
        (await a).Dispose();
        (await b).Dispose();
    }

    [Fact]
    public async Task APageThatDoesNotFitWaitsUntilRoomIsGivenBack()
    {
        var budget = new ExtractionBudget(100);
        var first = await budget.EnterAsync(70, CancellationToken.None);
        var second = budget.EnterAsync(70, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(Wait)).Dispose();
    }

    [Fact]
    public async Task APageLargerThanTheWholeBudgetRunsAloneInsteadOfNever()
    {
        var budget = new ExtractionBudget(100);
        var small = await budget.EnterAsync(10, CancellationToken.None);
        var huge = budget.EnterAsync(5_000, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(huge.IsCompleted);
        small.Dispose();
        var lease = await huge.WaitAsync(Wait);
        // While it runs, nothing else does.
        var next = budget.EnterAsync(1, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        lease.Dispose();
        (await next.WaitAsync(Wait)).Dispose();
    }

    [Fact]
    public async Task ALargePageWaitingIsNotOvertakenBySmallOnes()
    {
        var budget = new ExtractionBudget(100);
        var running = await budget.EnterAsync(50, CancellationToken.None);
        var large = budget.EnterAsync(90, CancellationToken.None).AsTask();
        // This one would fit beside the running page, but the large one came first.
        var small = budget.EnterAsync(10, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(large.IsCompleted);
        Assert.False(small.IsCompleted);
        running.Dispose();
        var largeLease = await large.WaitAsync(Wait);
        Assert.True((await small.WaitAsync(Wait)) is var smallLease);
        smallLease.Dispose();
        largeLease.Dispose();
    }

    [Fact]
    public async Task AWaiterCancelledLeavesTheLineAndTakesNothing()
    {
        var budget = new ExtractionBudget(100);
        var running = await budget.EnterAsync(80, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = budget.EnterAsync(50, cancel.Token).AsTask();
        var after = budget.EnterAsync(20, CancellationToken.None).AsTask();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Wait));
        // The one behind it fits beside the running page and gets in without waiting for it.
        (await after.WaitAsync(Wait)).Dispose();
        running.Dispose();
        // Everything is back: the whole budget can be taken again.
        var all = budget.EnterAsync(100, CancellationToken.None);
        Assert.True(all.IsCompletedSuccessfully);
        (await all).Dispose();
    }
}
