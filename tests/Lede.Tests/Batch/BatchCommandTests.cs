using Lede.Tests.Cli;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary><c>lede batch</c> run as a process over JSONL, folders and WARC files.</summary>
public sealed class BatchCommandTests
{
    private static CliRun Batch(params string[] args) => CliProcess.Run(["batch", .. args, "--quiet"]);

    [Fact]
    public void JsonlInputGivesOneLinePerDocumentInInputOrder()
    {
        var input = Jsonl("news.jsonl", 0, 12);
        var output = TempFolder.Create();
        var run = Batch(input, "-o", output, "--jobs", "2");
        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "news.jsonl.jsonl"));
        Assert.Equal(Enumerable.Range(0, 12).Select(n => $"doc-{n}"), lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.Equal("ok", l.GetProperty("status").GetString()));
        Assert.Equal("https://news.example/3", lines[3].GetProperty("url").GetString());
        Assert.Contains("Story 3 about", lines[3].GetProperty("article").GetProperty("title").GetString());
        Assert.Contains("12 documents: 12 ok", run.Stderr);
    }

    [Fact]
    public void TheArticleIsWhatTheJsonWriterWrites()
    {
        var input = Jsonl("one.jsonl", 7, 1);
        var output = TempFolder.Create();
        Assert.Equal(0, Batch(input, "-o", output).ExitCode);
        var line = Assert.Single(Lines(Path.Combine(output, "one.jsonl.jsonl")));
        var expected = JsonArticleWriter.Write(Extractor.Extract(Page(7), "https://news.example/7").Article!, indented: false);
        Assert.Equal(expected, line.GetProperty("article").GetRawText());
    }

    [Fact]
    public void BadJsonlLinesBecomeErrorLinesAndTheRestIsRead()
    {
        var folder = TempFolder.Create();
        var input = Path.Combine(folder, "mixed.jsonl");
        File.WriteAllLines(input, [JsonLine(1), "{not json", "", "[1,2]", """{"url":"https://x.example/"}""", JsonLine(2)]);
        var output = TempFolder.Create();
        Assert.Equal(0, Batch(input, "-o", output).ExitCode);
        var lines = Lines(Path.Combine(output, "mixed.jsonl.jsonl"));
        Assert.Equal(["ok", "error", "error", "error", "ok"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal("mixed.jsonl:2", lines[1].GetProperty("id").GetString());
        Assert.Contains("line 5: no \"html\" or \"text\" string", lines[3].GetProperty("reason").GetString());
    }

    [Fact]
    public void FolderInputReadsHtmlHtmAndGzipPagesRecursivelyInPathOrder()
    {
        var folder = Folder(9);
        var output = TempFolder.Create();
        Assert.Equal(0, Batch(folder, "-o", output).ExitCode);
        var lines = Lines(Path.Combine(output, "site-00000.jsonl"));
        var ids = lines.Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Equal(9, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal("section0/page000.html", ids[0]);
        Assert.Contains("section2/page002.html.gz", ids);
        Assert.All(lines, l => Assert.Equal("ok", l.GetProperty("status").GetString()));
    }

    [Fact]
    public void WarcInputCarriesTheRecordAndSkipsWhatIsNotHtml()
    {
        var input = WarcFile("crawl.warc.gz", 0, 5);
        var output = TempFolder.Create();
        var run = Batch(input, "-o", output);
        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "crawl.warc.gz.jsonl"));
        Assert.Equal(5, lines.Count);
        Assert.Equal("https://news.example/0", lines[0].GetProperty("url").GetString());
        Assert.Equal("<urn:uuid:00000000-0000-0000-0000-000000000002>", lines[0].GetProperty("warcRecordId").GetString());
        Assert.Equal("2024-01-02T03:04:05Z", lines[0].GetProperty("warcDate").GetString());
        Assert.Contains("5 request", run.Stderr);
        Assert.Contains("1 warcinfo", run.Stderr);
        Assert.Contains("not HTML", run.Stderr);
    }

    [Fact]
    public void StdinIsSniffed()
    {
        var output = TempFolder.Create();
        var run = CliProcess.Run(File.ReadAllBytes(WarcFile("in.warc.gz", 0, 3)), "batch", "-", "-o", output, "--quiet");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, Lines(Path.Combine(output, "stdin.jsonl")).Count);

        output = TempFolder.Create();
        run = CliProcess.Run(File.ReadAllBytes(Jsonl("in.jsonl", 0, 4)), "batch", "-", "-o", output, "--quiet");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(4, Lines(Path.Combine(output, "stdin.jsonl")).Count);
    }

    [Fact]
    public void TwoJobsWriteExactlyWhatOneJobWrites()
    {
        var folder = TempFolder.Create();
        Jsonl("a.jsonl", 0, 40, folder);
        WarcFile("b.warc.gz", 40, 30, folder);
        var one = TempFolder.Create();
        var two = TempFolder.Create();
        Assert.Equal(0, Batch(folder + "/a.jsonl", folder + "/b.warc.gz", "-o", one, "--jobs", "1").ExitCode);
        Assert.Equal(0, Batch(folder + "/a.jsonl", folder + "/b.warc.gz", "-o", two, "--jobs", "2").ExitCode);
        foreach (var name in new[] { "a.jsonl.jsonl", "b.warc.gz.jsonl" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, name)), File.ReadAllBytes(Path.Combine(two, name)));
    }

    [Fact]
    public void ABudgetSmallerThanEveryPageStillWritesExactlyWhatTheDefaultWrites()
    {
        var folder = TempFolder.Create();
        WarcFile("w.warc.gz", 0, 20, folder);
        var normal = TempFolder.Create();
        var tight = TempFolder.Create();
        Assert.Equal(0, Batch(folder + "/w.warc.gz", "-o", normal, "--jobs", "2").ExitCode);
        // A thousandth of a megabyte: every page is larger than the budget, so each runs alone.
        Assert.Equal(0, Batch(folder + "/w.warc.gz", "-o", tight, "--jobs", "2", "--max-in-flight", "0.001").ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(normal, "w.warc.gz.jsonl")), File.ReadAllBytes(Path.Combine(tight, "w.warc.gz.jsonl")));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1e300")]
    [InlineData("NaN")]
    public void ABudgetOutOfRangeIsAUsageError(string megabytes)
    {
        var run = Batch(Jsonl("n.jsonl", 0, 1), "-o", TempFolder.Create(), "--max-in-flight", megabytes);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-in-flight", run.Stderr);
    }

    [Fact]
    public void UnorderedWritesTheSameLinesInSomeOrder()
    {
        var input = Jsonl("u.jsonl", 0, 30);
        var ordered = TempFolder.Create();
        var unordered = TempFolder.Create();
        Assert.Equal(0, Batch(input, "-o", ordered).ExitCode);
        Assert.Equal(0, Batch(input, "-o", unordered, "--unordered", "--jobs", "2").ExitCode);
        Assert.Equal(File.ReadAllLines(Path.Combine(ordered, "u.jsonl.jsonl")).Order(), File.ReadAllLines(Path.Combine(unordered, "u.jsonl.jsonl")).Order());
    }

    [Fact]
    public void TaskIndexAndCountShareTheFilesExactlyOnce()
    {
        var folder = TempFolder.Create();
        var inputs = Enumerable.Range(0, 7).Select(i => Jsonl($"part{i}.jsonl", i * 2, 2, folder)).ToArray();
        var output = TempFolder.Create();
        for (int task = 0; task < 3; task++)
            Assert.Equal(0, Batch([.. inputs.Reverse(), "-o", output, "--task-index", task.ToString(), "--task-count", "3"]).ExitCode);
        var parts = Directory.GetFiles(output).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(inputs.Select(i => Path.GetFileName(i) + ".jsonl").Order(), parts);
        var ids = parts.SelectMany(p => Lines(Path.Combine(output, p!))).Select(l => l.GetProperty("id").GetString()).Order().ToList();
        Assert.Equal(Enumerable.Range(0, 14).Select(n => $"doc-{n}").Order(), ids);

        // Each task alone writes only its own parts: task 1 of 3 takes the 2nd and 5th file in path order.
        var single = TempFolder.Create();
        Assert.Equal(0, Batch([.. inputs, "-o", single, "--task-index", "1", "--task-count", "3"]).ExitCode);
        Assert.Equal(["part1.jsonl.jsonl", "part4.jsonl.jsonl"], Directory.GetFiles(single).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void TextFormatWritesATxtPerArticleAndAnIndex()
    {
        var input = Jsonl("t.jsonl", 0, 3);
        var output = TempFolder.Create();
        Assert.Equal(0, Batch(input, "-o", output, "--format", "text").ExitCode);
        var part = Path.Combine(output, "t.jsonl");
        Assert.Equal(["000000.txt", "000001.txt", "000002.txt", "index.jsonl"], Directory.GetFiles(part).Select(Path.GetFileName).Order());
        Assert.Contains("number 1 among them", File.ReadAllText(Path.Combine(part, "000001.txt")));
        var index = Lines(Path.Combine(part, "index.jsonl"));
        Assert.Equal("000002.txt", index[2].GetProperty("file").GetString());
        Assert.False(index[2].TryGetProperty("article", out _));
    }

    [Fact]
    public void UnwritableOutputFailsWithOneClearLine()
    {
        var input = Jsonl("x.jsonl", 0, 1);
        var blocker = TempFolder.File("a-file", [1, 2, 3]);
        var run = Batch(input, "-o", Path.Combine(blocker, "out"));
        Assert.NotEqual(0, run.ExitCode);
        CliAssert.OneErrorLine(run, "cannot write to the output folder");
    }

    [Fact]
    public void AMissingInputIsReportedAndSkippedWhileTheOthersAreWritten()
    {
        var folder = TempFolder.Create();
        var a = Jsonl("a.jsonl", 0, 2, folder);
        var c = Jsonl("c.jsonl", 2, 3, folder);
        var output = TempFolder.Create();
        var run = Batch(a, Path.Combine(folder, "b.warc.gz"), c, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["a.jsonl.jsonl", "c.jsonl.jsonl"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        Assert.Equal(3, Lines(Path.Combine(output, "c.jsonl.jsonl")).Count);
        Assert.Contains($"lede: no such file or folder: {Path.Combine(folder, "b.warc.gz")} (skipped)\n", run.Stderr);
        Assert.Contains("5 documents: 5 ok", run.Stderr);
        Assert.Contains("parts: 2 written, 1 input missing (skipped)", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void AMissingInputKeepsItsPlaceInTheTaskShares()
    {
        // Task 1 of 2 takes the 2nd and 4th input in path order whether or not the 1st exists.
        var folder = TempFolder.Create();
        var inputs = new[] { Path.Combine(folder, "p0.jsonl"), Jsonl("p1.jsonl", 0, 1, folder), Jsonl("p2.jsonl", 1, 1, folder), Jsonl("p3.jsonl", 2, 1, folder) };
        var output = TempFolder.Create();
        Assert.Equal(0, Batch([.. inputs, "-o", output, "--task-index", "1", "--task-count", "2"]).ExitCode);
        Assert.Equal(["p1.jsonl.jsonl", "p3.jsonl.jsonl"], Directory.GetFiles(output).Select(Path.GetFileName).Order());
        var other = Batch([.. inputs, "-o", output, "--task-index", "0", "--task-count", "2"]);
        Assert.Equal(1, other.ExitCode);
        Assert.Contains("p0.jsonl (skipped)", other.Stderr);
    }

    [Fact]
    public void ABadTaskIndexIsAUsageError()
        => CliAssert.UsageError(Batch(Jsonl("x.jsonl", 0, 1), "-o", TempFolder.Create(), "--task-index", "3", "--task-count", "3"), "--task-index must be from 0 to 2", "lede batch");
}
