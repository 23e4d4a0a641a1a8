using System.IO.Compression;
using System.Text;

namespace Lede.Tests.Cli;

/// <summary><c>lede eval dates DIR</c> on a folder of three pages written by the test, laid out as htmldate's set is.</summary>
public sealed class DatesEvalCommandTests
{
    [Fact]
    public void ScoresAccuracyAndPrecisionPerCollection()
    {
        var root = TempFolder.Create();
        Directory.CreateDirectory(Path.Combine(root, "html"));
        Write(root, "a", "<time datetime=\"2020-01-02\">2 January 2020</time>");
        Write(root, "b", "<p>Published 5 March 2019</p>");
        Write(root, "c", "<p>No date at all.</p>");
        // Python writes a page without a day as NaN; the reader takes it as null.
        File.WriteAllText(Path.Combine(root, "gold.json"), """
            {"a": {"collection": "x", "published": "2020-01-02", "url": "https://a.example/1"},
             "b": {"collection": "x", "published": "2019-03-06", "url": "https://b.example/2"},
             "c": {"collection": "y", "published": NaN, "url": "https://c.example/3"}}
            """);

        var run = CliProcess.Run("eval", "dates", root, "--details");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("WRONG b x          gold 2019-03-06 lede 2019-03-05", run.Stdout);
        Assert.Contains("x                2     2     1     0.500     0.500", run.Stdout);
        Assert.Contains("y                1     0     1     1.000     0.000", run.Stdout);
        Assert.Contains("all              3     2     2     0.667     0.500", run.Stdout);
    }

    [Fact]
    public void AMissingFolderIsABadInput()
    {
        var run = CliProcess.Run("eval", "dates", Path.Combine(TempFolder.Create(), "absent"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("gold.json", run.Stderr);
    }

    private static void Write(string root, string name, string body)
    {
        var html = $"<html lang=\"en\"><head><title>T</title></head><body><article><h1>A headline here</h1>{body}<p>{new string('x', 10)} story text follows here.</p></article></body></html>";
        using var file = File.Create(Path.Combine(root, "html", name + ".html.gz"));
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(html));
    }
}
