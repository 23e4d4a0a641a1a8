using System.Text;
using System.Text.RegularExpressions;
using Lede.Tests.Cli;
using static Lede.Tests.Batch.BatchInputs;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Batch;

/// <summary>
/// Archive damage in <c>lede batch</c>: repaired framing is an <c>archive-problem</c> line with an id of its own,
/// a lost record is an <c>error</c> line, and the summary's counts add up to the lines written.
/// </summary>
public sealed partial class ArchiveProblemLineTests
{
    [Fact]
    public void ProblemLinesHaveUniqueIdsAndTheSummaryCountsEveryLine()
    {
        var body = Encoding.UTF8.GetBytes(Page(1));
        var block = Http("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", body);
        // A Content-Length 7 bytes short: the reader repairs the framing, reports it, and still reads the page.
        var misframed = Response(Id(1), body, contentLength: block.Length - 7, uri: "https://news.example/1");
        var garbage = "this is no record\r\n"u8.ToArray();
        var archive = Concat(misframed, Response(Id(2), Encoding.UTF8.GetBytes(Page(2))), garbage, Response(Id(3), Encoding.UTF8.GetBytes(Page(3))));
        var input = TempFolder.File("damaged.warc", archive);
        var output = TempFolder.Create();

        var run = CliProcess.Run("batch", input, "-o", output, "--quiet");

        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "damaged.warc.jsonl"));
        var ids = lines.Select(l => l.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(["archive-problem", "ok", "ok", "archive-problem", "ok"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.Equal(["damaged.warc@0#problem", "damaged.warc@0"], ids[..2]);
        Assert.Equal(0, lines[0].GetProperty("offset").GetInt64());

        var counts = SummaryCounts(run.Stderr);
        Assert.Equal(3, counts["ok"]);
        Assert.Equal(0, counts["error"]);
        Assert.Equal(2, counts["archive-problem"]);
        Assert.Equal(lines.Count, counts.Where(c => c.Key != "documents").Sum(c => c.Value));
        Assert.Equal(lines.Count(l => l.GetProperty("status").GetString() != "archive-problem"), counts["documents"]);
    }

    [Fact]
    public void ALostRecordIsAnErrorDocumentCountedAsOne()
    {
        var second = Response(Id(2), Encoding.UTF8.GetBytes(Page(2)));
        // The data ends inside the second record's header: that record is lost.
        var input = TempFolder.File("cut.warc", Concat(Response(Id(1), Encoding.UTF8.GetBytes(Page(1))), second[..60]));
        var output = TempFolder.Create();

        var run = CliProcess.Run("batch", input, "-o", output, "--quiet");

        var lines = Lines(Path.Combine(output, "cut.warc.jsonl"));
        Assert.Equal(["ok", "error"], lines.Select(l => l.GetProperty("status").GetString()));
        var counts = SummaryCounts(run.Stderr);
        Assert.Equal(1, counts["error"]);
        Assert.Equal(2, counts["documents"]);
    }

    // "N documents: a ok, b empty, …" and, when there are any, "K archive-problem lines".
    private static Dictionary<string, long> SummaryCounts(string stderr)
    {
        var counts = new Dictionary<string, long> { ["archive-problem"] = 0 };
        var first = stderr.Split('\n').First(l => l.StartsWith("lede batch: ", StringComparison.Ordinal));
        counts["documents"] = long.Parse(DocumentsPattern().Match(first).Groups[1].Value);
        foreach (Match m in StatusPattern().Matches(first[first.IndexOf(':', 12)..]))
            counts[m.Groups[2].Value] = long.Parse(m.Groups[1].Value);
        if (ArchivePattern().Match(stderr) is { Success: true } archive)
            counts["archive-problem"] = long.Parse(archive.Groups[1].Value);
        return counts;
    }

    [GeneratedRegex(@"lede batch: (\d+) documents")]
    private static partial Regex DocumentsPattern();

    [GeneratedRegex(@"(\d+) ([a-z-]+)")]
    private static partial Regex StatusPattern();

    [GeneratedRegex(@"archive: (\d+) archive-problem lines")]
    private static partial Regex ArchivePattern();
}
