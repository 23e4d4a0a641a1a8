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
}
