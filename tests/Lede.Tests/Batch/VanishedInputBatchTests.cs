using System.Diagnostics;
using Lede.Tests.Cli;
using Lede.Tests.Packaging;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>
/// Inputs deleted while a batch runs — a whole WARC, and one page of a folder — after the run planned them and before
/// it read them: the batch writes the other parts, names each file that went, exits non-zero, and once the files are
/// back, <c>--resume</c> ends with exactly the output of an uninterrupted run.
/// </summary>
public sealed class VanishedInputBatchTests
{
    [SkippableFact]
    public void FilesDeletedMidRunAreNamedAndResumeCompletesThemOnceTheyAreBack()
    {
        Skip.If(OperatingSystem.IsWindows(), "the run is held with a named pipe (mkfifo), which Windows does not have");
        var folder = TempFolder.Create();
        var warcs = PageWarcs(TempFolder.Create(), shards: 2);
        // In path order, a part each: a WARC, a named pipe, a WARC, and a folder of real pages.
        var (a, gate, c, site) = (Path.Combine(folder, "a.warc.gz"), Path.Combine(folder, "b.html"), Path.Combine(folder, "c.warc.gz"), Path.Combine(folder, "site"));
        File.Move(warcs[0], a);
        File.Move(warcs[1], c);
        Directory.CreateDirectory(site);
        var pages = RealPages();
        for (int i = 0; i < 8; i++)
            File.Copy(pages[i], Path.Combine(site, $"page-{i}.html"));
        var mkfifo = DotnetProcess.Run("mkfifo", [gate], folder);
        Skip.If(mkfifo.ExitCode != 0, $"cannot make a named pipe here: {mkfifo.Stderr}");
        string[] batch = ["batch", a, gate, c, site, "--quiet", "--jobs", "1"];
        var output = TempFolder.Create();

        var running = Task.Run(() => CliProcess.Run([.. batch, "-o", output]));
        // The reader waits at the pipe until it is written to: once the first part is out, the run is under way and
        // has not reached the files after the pipe. They go now, then the pipe lets the reader on.
        WaitFor(() => File.Exists(Path.Combine(output, "a.warc.gz.jsonl")) || running.IsCompleted);
        if (running.IsCompleted)
            Assert.Fail($"the batch ended before the pipe was written: {running.Result.Stderr}");
        var (warc, page) = (File.ReadAllBytes(c), Path.Combine(site, "page-3.html"));
        File.Delete(c);
        File.Delete(page);
        var gatePage = File.ReadAllBytes(pages[^1]);
        Assert.True(Task.Run(() => File.WriteAllBytes(gate, gatePage)).Wait(TimeSpan.FromMinutes(1)), "the batch never read the pipe");
        Assert.True(running.Wait(TimeSpan.FromMinutes(2)), "the batch did not end");
        var run = running.Result;

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"lede: cannot read {c}: Could not find file '{c}'. (part c.warc.gz not written)", run.Stderr);
        Assert.Contains($"lede: cannot read {site}: Could not find file '{page}'. (part site-00000 not written)", run.Stderr);
        Assert.Contains("parts: 2 written, 2 not written (input unreadable)", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(["a.warc.gz.jsonl", "b.html.jsonl"], OutputTree.Parts(output));
        Assert.Empty(OutputTree.Partials(output));

        // The files are back, and the pipe is a plain file of the page it gave.
        File.WriteAllBytes(c, warc);
        File.Copy(pages[3], page);
        File.Delete(gate);
        File.WriteAllBytes(gate, gatePage);
        var whole = TempFolder.Create();
        Assert.Equal(0, CliProcess.Run([.. batch, "-o", whole]).ExitCode);
        var resumed = CliProcess.Run([.. batch, "-o", output, "--resume"]);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains("parts: 2 written, 2 already complete", resumed.Stderr);
        OutputTree.AssertSame(whole, output);
        var ids = OutputTree.Ids(output);
        Assert.Equal(pages.Count + 1 + 8, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    private static void WaitFor(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition() && clock.Elapsed < TimeSpan.FromMinutes(2))
            Thread.Sleep(10);
    }
}
