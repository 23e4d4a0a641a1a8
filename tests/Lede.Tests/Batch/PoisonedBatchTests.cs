using System.Text;
using Lede.Tests.Cli;
using static Lede.Tests.Batch.BatchInputs;

namespace Lede.Tests.Batch;

/// <summary>A batch with hostile documents in the middle: each gets its own line, and its neighbours come out as they do alone.</summary>
public sealed class PoisonedBatchTests
{
    private static byte[] Binary()
    {
        var bytes = new byte[200_000];
        new Random(4).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Huge() => Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>filler text of a huge page</p>", 50 * 1024 * 1024 / 34)) + "</body></html>");

    private static byte[] Deep() => Encoding.ASCII.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>deep</p></body></html>");

    [Fact]
    public void AFolderWithBinaryHugeAndDeepPagesBetweenGoodOnes()
    {
        var folder = Path.Combine(TempFolder.Create(), "poisoned");
        var clean = Path.Combine(TempFolder.Create(), "poisoned");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(clean);
        foreach (var n in new[] { 0, 2, 4, 6 })
        {
            File.WriteAllText(Path.Combine(folder, $"page{n}.html"), Page(n));
            File.WriteAllText(Path.Combine(clean, $"page{n}.html"), Page(n));
        }
        File.WriteAllBytes(Path.Combine(folder, "page1.html"), Binary());
        File.WriteAllBytes(Path.Combine(folder, "page3.html"), Huge());
        File.WriteAllBytes(Path.Combine(folder, "page5.html"), Deep());

        var output = TempFolder.Create();
        var alone = TempFolder.Create();
        var run = CliProcess.Run("batch", folder, "-o", output, "--quiet", "--jobs", "2");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, CliProcess.Run("batch", clean, "-o", alone, "--quiet").ExitCode);

        var lines = File.ReadAllLines(Path.Combine(output, "poisoned-00000.jsonl"));
        var parsed = Lines(Path.Combine(output, "poisoned-00000.jsonl"));
        var statuses = parsed.Select(l => l.GetProperty("status").GetString()).ToList();
        Assert.Equal(7, lines.Length);
        Assert.Equal("not-html", statuses[1]);
        // The huge page (all filler, no story) is read up to the limit, and its line says so.
        Assert.Contains(statuses[3], new[] { "ok", "empty" });
        Assert.True(parsed[3].GetProperty("truncated").GetBoolean());
        Assert.Contains("input is over the limit of 16,777,216 bytes: read the first ", parsed[3].GetProperty("reason").GetString());
        Assert.Contains(statuses[5], new[] { "ok", "empty" });
        Assert.Equal(File.ReadAllLines(Path.Combine(alone, "poisoned-00000.jsonl")), new[] { lines[0], lines[2], lines[4], lines[6] });
        Assert.Contains("1 not-html", run.Stderr);
        Assert.DoesNotContain("1 too-large", run.Stderr);

        // Refusing instead of truncating is a flag away.
        var refused = TempFolder.Create();
        Assert.Equal(0, CliProcess.Run("batch", folder, "-o", refused, "--quiet", "--no-truncate").ExitCode);
        Assert.Equal("too-large", Lines(Path.Combine(refused, "poisoned-00000.jsonl"))[3].GetProperty("status").GetString());
    }

    [Fact]
    public void AJsonlFileWithBinaryHugeAndDeepPagesBetweenGoodOnes()
    {
        var folder = TempFolder.Create();
        var input = Path.Combine(folder, "poisoned.jsonl");
        File.WriteAllLines(input,
        [
            JsonLine(0), JsonLine(1, Encoding.Latin1.GetString(Binary())), JsonLine(2), JsonLine(3, Encoding.ASCII.GetString(Huge())),
            JsonLine(4), JsonLine(5, Encoding.ASCII.GetString(Deep())), JsonLine(6),
        ]);
        var output = TempFolder.Create();
        var run = CliProcess.Run("batch", input, "-o", output, "--quiet", "--jobs", "2");
        Assert.Equal(0, run.ExitCode);
        var lines = Lines(Path.Combine(output, "poisoned.jsonl.jsonl"));
        Assert.Equal(7, lines.Count);
        Assert.Equal("too-large", lines[3].GetProperty("status").GetString());
        foreach (var n in new[] { 0, 2, 4, 6 })
        {
            Assert.Equal($"doc-{n}", lines[n].GetProperty("id").GetString());
            var expected = JsonArticleWriter.Write(Extractor.Extract(Page(n), $"https://news.example/{n}").Article!, indented: false);
            Assert.Equal(expected, lines[n].GetProperty("article").GetRawText());
        }
    }
}
