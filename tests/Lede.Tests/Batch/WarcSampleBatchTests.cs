using Lede.Cli.Eval;
using Lede.Tests.Cli;
using Lede.Warc;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary><c>lede batch</c> over the shared WARC samples: Wget's WARC of the 181 benchmark pages, and warcio's good and broken files.</summary>
public sealed class WarcSampleBatchTests
{
    private static string Require()
    {
        var folder = SharedData.Directory is { } shared ? Path.Combine(shared, "benchmarks", "warc-samples") : null;
        Skip.If(folder is null || !Directory.Exists(folder), $"shared/benchmarks/warc-samples is absent (set {SharedData.EnvironmentVariable} or put shared/ beside the repository)");
        return folder!;
    }

    [SkippableFact]
    public void TheBenchmarkWarcGives181PagesInRecordOrder()
    {
        var warc = Path.Combine(Require(), "scrapinghub-181.warc.gz");
        var output = TempFolder.Create();
        var run = CliProcess.Run("batch", warc, "-o", output, "--quiet", "--jobs", "2");
        Assert.Equal(0, run.ExitCode);

        var lines = Lines(Path.Combine(output, "scrapinghub-181.warc.gz.jsonl"));
        Assert.Equal(181, lines.Count);
        Assert.All(lines, line => Assert.Contains(line.GetProperty("status").GetString(), new[] { "ok", "empty" }));
        using var stream = File.OpenRead(warc);
        var recordIds = WarcReader.Read(stream).OfType<WarcDocument>().Select(page => page.RecordId).ToList();
        Assert.Equal(recordIds, lines.Select(line => line.GetProperty("warcRecordId").GetString()));
        Assert.Contains("181 documents", run.Stderr);
    }

    [SkippableFact]
    public void EverySampleRunsAndBrokenRecordsAreReportedWithTheirOffset()
    {
        var folder = Require();
        var samples = Directory.GetFiles(folder).Where(f => !f.EndsWith(".md") && !f.EndsWith("LICENSE") && !f.EndsWith(".cdx") && !f.Contains("scrapinghub")).ToArray();
        var output = TempFolder.Create();
        var run = CliProcess.Run(["batch", .. samples, "-o", output, "--quiet"]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(samples.Length, Directory.GetFiles(output, "*.jsonl").Length);

        // Lost records are error lines; the junk skipped between them is an archive-problem line, with an id of its own.
        var badArc = Lines(Path.Combine(output, "bad.arc.jsonl"));
        Assert.Equal([0L, 61L, 134L, 262L], badArc.Select(line => line.GetProperty("offset").GetInt64()));
        Assert.Equal(["error", "archive-problem", "error", "error"], badArc.Select(line => line.GetProperty("status").GetString()));
        Assert.Equal("bad.arc@61#problem", badArc[1].GetProperty("id").GetString());
        Assert.All(badArc, line => Assert.StartsWith("archive: byte ", line.GetProperty("reason").GetString()));

        // A misframed record is reported, and its page still read.
        var trunc = Lines(Path.Combine(output, "example-trunc.warc.jsonl"));
        Assert.Equal(1197, trunc[0].GetProperty("offset").GetInt64());
        Assert.Equal("ok", trunc[1].GetProperty("status").GetString());
        Assert.NotEqual(trunc[0].GetProperty("id").GetString(), trunc[1].GetProperty("id").GetString());
        Assert.Contains("archive: ", run.Stderr);
    }
}
