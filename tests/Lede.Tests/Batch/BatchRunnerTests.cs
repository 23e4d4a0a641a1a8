using Lede.Cli.Batch;

namespace Lede.Tests.Batch;

/// <summary>The pipeline itself: a side that fails stops the others instead of leaving them waiting.</summary>
public sealed class BatchRunnerTests
{
    [Fact]
    public async Task AWriterThatCannotWriteStopsTheBatchInsteadOfHangingIt()
    {
        var input = BatchInputs.Jsonl("many.jsonl", 0, 200);
        // The output folder is never made, so the first part cannot be opened: the reader must not wait for room for ever.
        var settings = new BatchSettings { Inputs = [input], Output = Path.Combine(TempFolder.Create(), "missing", "out"), Jobs = 2 };
        var runner = new BatchRunner(settings, new BatchStats(), TextWriter.Null);
        var run = runner.RunAsync(InputPlan.Parts(settings.Inputs), CancellationToken.None);
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.Same(run, finished);
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => run);
    }

    [Fact]
    public async Task CancellingStopsEverySideAndLeavesNoPartLookingComplete()
    {
        var input = BatchInputs.Jsonl("many.jsonl", 0, 5_000);
        var output = TempFolder.Create();
        var settings = new BatchSettings { Inputs = [input], Output = output, Jobs = 2 };
        var stats = new BatchStats();
        using var cancel = new CancellationTokenSource();
        var run = new BatchRunner(settings, stats, TextWriter.Null).RunAsync(InputPlan.Parts(settings.Inputs), cancel.Token);
        // Cancel once the batch is under way, as Ctrl-C would: reader, workers and writer are all busy or waiting then.
        while (stats.Documents == 0 && !run.IsCompleted) await Task.Delay(10);
        cancel.Cancel();
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.Same(run, finished);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(stats.Documents < 5_000);
        Assert.Empty(Directory.GetFiles(output, "*.jsonl")); // the part is many.jsonl.jsonl once complete
        // Run again: the same runner settings finish what was cancelled, whole.
        var again = new BatchStats();
        Assert.True(await new BatchRunner(settings with { Resume = true }, again, TextWriter.Null).RunAsync(InputPlan.Parts(settings.Inputs), CancellationToken.None));
        Assert.Equal(5_000, File.ReadLines(Path.Combine(output, "many.jsonl.jsonl")).Count());
    }

    [Fact]
    public async Task CancellingReachesThePageInFlightInsteadOfWaitingOutItsBudget()
    {
        // A page of two million siblings (28 MB) takes half a second or more to extract, far less than its budget of
        // ten minutes: the cancel comes a fifth of a second after the batch starts, while the page is in flight.
        var folder = TempFolder.Create();
        var siblings = new System.Text.StringBuilder(30_000_000).Insert(0, "<span>s</span>", 2_000_000);
        File.WriteAllText(Path.Combine(folder, "slow.html"), $"<html><body><p>A story opens.</p><div>{siblings}</div></body></html>");
        var settings = new BatchSettings
        {
            Inputs = [folder], Output = TempFolder.Create(), Jobs = 1,
            Extraction = new ExtractionOptions { MaxInputBytes = 64L * 1024 * 1024, TimeBudget = TimeSpan.FromMinutes(10) },
        };
        using var cancel = new CancellationTokenSource();
        var run = new BatchRunner(settings, new BatchStats(), TextWriter.Null).RunAsync(InputPlan.Parts(settings.Inputs), cancel.Token);
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Assert.False(run.IsCompleted, "the page was extracted before the cancel: make it slower");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"the batch took {clock.Elapsed.TotalSeconds:F1} s to stop");
        Assert.Empty(Directory.GetFiles(settings.Output, "*.jsonl"));
    }
}
