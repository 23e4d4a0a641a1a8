using System.Diagnostics;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>A batch killed half-way and run again with <c>--resume</c> ends with exactly the output of an uninterrupted run.</summary>
public sealed class ResumeTests
{
    private const int Parts = 8;
    private const int PagesPerPart = 150;

    [Fact]
    public void AKilledRunResumedGivesTheUninterruptedOutputByteForByte()
    {
        var folder = TempFolder.Create();
        var inputs = Enumerable.Range(0, Parts).Select(i => Jsonl($"shard{i}.jsonl", i * PagesPerPart, PagesPerPart, folder)).ToArray();
        var whole = TempFolder.Create();
        var resumed = TempFolder.Create();
        Assert.Equal(0, Cli.CliProcess.Run(["batch", .. inputs, "-o", whole, "--quiet", "--jobs", "1"]).ExitCode);

        // Kill as soon as one part is complete and before all are.
        using (var process = Cli.CliProcess.Start(["batch", .. inputs, "-o", resumed, "--quiet", "--jobs", "1"]))
        {
            var clock = Stopwatch.StartNew();
            while (Complete(resumed) == 0 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(20);
            Assert.False(process.HasExited, "the batch ended before it could be killed: give it more input");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        int before = Complete(resumed);
        Assert.InRange(before, 1, Parts - 1);

        var run = Cli.CliProcess.Run(["batch", .. inputs, "-o", resumed, "--quiet", "--jobs", "2", "--resume"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{before} already complete", run.Stderr);
        var expected = Directory.GetFileSystemEntries(whole).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(expected, Directory.GetFileSystemEntries(resumed).Select(Path.GetFileName).Order().ToList());
        foreach (var name in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(whole, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(resumed, name!))), $"{name} differs");
    }

    private static int Complete(string output) => Directory.GetFiles(output, "*.jsonl").Length;
}
