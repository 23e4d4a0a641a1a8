using System.Text;
using Lede.Cli.Batch;

namespace Lede.Tests.Batch;

/// <summary>How inputs become parts, how parts are shared between tasks, and how an input's kind is told.</summary>
public sealed class InputPlanTests
{
    [Fact]
    public void PartsAreSortedByPathWhateverTheOrderGiven()
    {
        var folder = TempFolder.Create();
        var b = BatchInputs.Jsonl("b.jsonl", 0, 1, folder);
        var a = BatchInputs.Jsonl("a.jsonl", 0, 1, folder);
        Assert.Equal(["a.jsonl", "b.jsonl"], InputPlan.Parts([b, a, b]).Select(p => p.Name));
    }

    [Fact]
    public void InputsWithTheSameNameGetDistinctParts()
    {
        var one = BatchInputs.Jsonl("x.jsonl", 0, 1);
        var two = BatchInputs.Jsonl("x.jsonl", 0, 1);
        Assert.Equal(["x.jsonl", "x.jsonl-2"], InputPlan.Parts([one, two]).Select(p => p.Name));
    }

    [Fact]
    public void AFolderIsSplitIntoRunsOfPages()
    {
        var root = Path.Combine(TempFolder.Create(), "big");
        Directory.CreateDirectory(root);
        for (int i = 0; i < InputPlan.PagesPerPart + 5; i++)
            File.WriteAllText(Path.Combine(root, $"p{i:D5}.html"), "<p>x</p>");
        var parts = InputPlan.Parts([root]);
        Assert.Equal(["big-00000", "big-00001"], parts.Select(p => p.Name));
        Assert.Equal(5, parts[1].Pages!.Count);
        Assert.EndsWith($"p{InputPlan.PagesPerPart:D5}.html", parts[1].Pages![0]);
    }

    [Fact]
    public void AFolderGivesItsTextsBesideItsPagesButNotTheOutputInsideIt()
    {
        var root = Path.Combine(TempFolder.Create(), "mixed");
        Directory.CreateDirectory(Path.Combine(root, "out", "mixed-00000"));
        foreach (var name in new[] { "b.html", "a.txt", "c.txt.gz", "d.md", "out/mixed-00000/000000.txt" })
            File.WriteAllText(Path.Combine(root, name), "x");
        var part = Assert.Single(InputPlan.Parts([root], Path.Combine(root, "out")));
        Assert.Equal(["a.txt", "b.html", "c.txt.gz"], part.Pages!.Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(0, 3, new[] { 0, 3, 6 })]
    [InlineData(1, 3, new[] { 1, 4 })]
    [InlineData(2, 3, new[] { 2, 5 })]
    [InlineData(0, 1, new[] { 0, 1, 2, 3, 4, 5, 6 })]
    public void ATaskTakesEveryCountThPartFromItsIndex(int index, int count, int[] expected)
    {
        var parts = Enumerable.Range(0, 7).Select(i => new BatchPart($"p{i}", $"/p{i}", null, 0)).ToList();
        Assert.Equal(expected.Select(i => $"p{i}"), InputPlan.ForTask(parts, index, count).Select(p => p.Name));
    }

    [Theory]
    [InlineData("WARC/1.1\r\nWARC-Type: warcinfo", null, "Archive")]
    [InlineData("filedesc://x.arc 0.0.0.0 2001", null, "Archive")]
    [InlineData("http://a.example/ 1.2.3.4 20010101 text/html 12", "crawl.arc", "Archive")]
    [InlineData("\uFEFF\n{\"html\":\"<p>x</p>\"}", null, "Jsonl")]
    [InlineData("<!doctype html><p>x</p>", null, "Html")]
    [InlineData("Intro line\n<p>x</p>", null, "Html")]
    [InlineData("No markup here, only a < b.\nA second line.", null, "Text")]
    [InlineData("", null, "Text")]
    [InlineData("<p>x</p>", "notes.txt", "Text")]
    [InlineData("WARC/1.1\r\n", "notes.TXT.gz", "Text")]
    [InlineData("No markup in the first bytes", "page.html", "Html")]
    public void TheKindIsToldFromTheFirstBytes(string head, string? name, string kind)
        => Assert.Equal(kind, InputSniffer.Classify(Encoding.UTF8.GetBytes(head), name).ToString());

    [Fact]
    public void SniffingGzipGivesBackEveryByte()
    {
        var data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 20_000).Select(i => BatchInputs.JsonLine(i % 3) + "\n")));
        var (kind, stream) = InputSniffer.Sniff(new MemoryStream(Warc.WarcFixture.Gzip(data)));
        Assert.Equal(InputKind.Jsonl, kind);
        using var copy = new MemoryStream();
        InputSniffer.Decompressed(stream).CopyTo(copy);
        Assert.Equal(data, copy.ToArray());
    }

    [Fact]
    public void LinesOverTheCapAreReportedNotHeld()
    {
        var text = "short\n" + new string('x', 300) + "\nafter\nlast";
        var lines = new LineReader(new MemoryStream(Encoding.ASCII.GetBytes(text)), maxLine: 100);
        var read = new List<(long Number, bool TooLong, string Text)>();
        while (lines.Next() is { } line)
            read.Add((line.Number, line.TooLong, Encoding.ASCII.GetString(line.Bytes.Span)));
        Assert.Equal([(1L, false, "short"), (2L, true, ""), (3L, false, "after"), (4L, false, "last")], read);
    }
}
