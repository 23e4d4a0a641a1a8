using Lede.Tests.Cli;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>
/// A batch whose output disk fills up: it stops with one clear line naming the folder, leaves no part that is not
/// whole (nor the partial it was writing, which is the room the user needs), and once there is room
/// <c>--resume</c> ends with exactly the output of an uninterrupted run.
/// </summary>
public sealed class FullDiskBatchTests
{
    private const int Shards = 6;

    [SkippableTheory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void AFullDiskStopsTheBatchInOneLineAndResumeFinishesItOnceThereIsRoom(string format)
    {
        var inputs = PageWarcs(TempFolder.Create(), Shards, copies: 2);
        string[] batch = ["batch", .. inputs, "--format", format, "--quiet", "--jobs", "2"];
        var whole = TempFolder.Create();
        Assert.Equal(0, CliProcess.Run([.. batch, "-o", whole]).ExitCode);
        long size = Directory.GetFiles(whole, "*", SearchOption.AllDirectories).Sum(file => new FileInfo(file).Length);

        // Room for about half the output: a few parts fit, the rest cannot.
        using var disk = SmallDisk.Mount(size / 2);
        var output = Path.Combine(disk.Path, "out");
        var run = CliProcess.Run([.. batch, "-o", output]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"lede: cannot write to the output folder {output}: No space left on device", line);
        Assert.Empty(OutputTree.Partials(output));
        var before = OutputTree.Parts(output);
        Assert.InRange(before.Count, 1, Shards - 1);
        foreach (var name in before)
            OutputTree.AssertSamePart(whole, output, name);

        disk.Grow(size * 4);
        var resumed = CliProcess.Run([.. batch, "-o", output, "--resume"]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"parts: {Shards - before.Count} written, {before.Count} already complete", resumed.Stderr);
        OutputTree.AssertSame(whole, output);
    }
}
