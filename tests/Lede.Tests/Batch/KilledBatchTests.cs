using System.Diagnostics;
using Lede.Tests.Cli;
using Xunit.Abstractions;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>
/// A batch killed outright (SIGKILL, the whole process tree) while it extracts and writes: every part under its
/// final name is whole, and <c>--resume</c> ends with exactly the output of an uninterrupted run, each document once.
/// </summary>
public sealed class KilledBatchTests(ITestOutputHelper log)
{
    private const int Shards = 6;
    private const int Copies = 6;

    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void AKillMidDocumentIsResumedToTheUninterruptedOutput(string format)
    {
        // Six parts, each as many documents as there are real pages: with one worker, the run lasts seconds after its
        // first part is whole.
        var inputs = PageWarcs(TempFolder.Create(), Shards, Copies);
        string[] batch = ["batch", .. inputs, "--format", format, "--quiet"];
        var whole = TempFolder.Create();
        var killed = TempFolder.Create();
        Assert.Equal(0, CliProcess.Run([.. batch, "-o", whole, "--jobs", "2"]).ExitCode);
        var ids = OutputTree.Ids(whole);
        Assert.Equal(RealPages().Count * Copies, ids.Count);

        KillOnceAPartIsWholeAndTheNextUnderWay([.. batch, "-o", killed, "--jobs", "1"], killed);

        // Parts are renamed only once complete: whatever the kill interrupted, a part under its final name is whole.
        var before = OutputTree.Parts(killed);
        foreach (var name in before)
            OutputTree.AssertSamePart(whole, killed, name);
        Assert.NotEmpty(before);
        if (before.Count == Shards)
            log.WriteLine("the batch finished before the kill landed: checking that --resume leaves its output as it is");
        else
            log.WriteLine($"killed with {before.Count} parts whole and {OutputTree.PartialBytes(killed):N0} bytes in partials");

        var resumed = CliProcess.Run([.. batch, "-o", killed, "--jobs", "2", "--resume"]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"parts: {Shards - before.Count} written, {before.Count} already complete", resumed.Stderr);
        Assert.Empty(OutputTree.Partials(killed));
        OutputTree.AssertSame(whole, killed);
        Assert.Equal(ids, OutputTree.Ids(killed));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    // Kills the batch once one part is out and the next under way: some of it in its .partial, or a second part out.
    private static void KillOnceAPartIsWholeAndTheNextUnderWay(string[] args, string output)
    {
        using var process = CliProcess.Start(args);
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)
            && !(OutputTree.Parts(output).Count >= 1 && OutputTree.PartialBytes(output) > 0) && OutputTree.Parts(output).Count < 2)
            Thread.Sleep(10);
        if (process.HasExited)
            Assert.True(process.ExitCode == 0, $"the batch failed on its own, with exit code {process.ExitCode}");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
