using System.Text;

namespace Lede.Tests.Cli;

/// <summary>Inputs a new user gets wrong, through the built command: URL schemes, truncated gzip, a WARC given to extract.</summary>
public sealed class InputProblemTests
{
    [Theory]
    [InlineData("ftp://news.example/story.html")]
    [InlineData("sftp://news.example/story.html")]
    [InlineData("s3://bucket/story.html")]
    public void AUrlOfAnotherSchemeIsRefusedPlainly(string url)
    {
        var run = CliProcess.Run("extract", url);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"lede: {url}: only http and https URLs are fetched\n", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void AFileUrlIsReadAsTheFileItNames()
    {
        var path = TempFolder.File("story.html", TestPages.Story);

        var run = CliProcess.Run("extract", new Uri(path).AbsoluteUri);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(TestPages.Sentence, run.Stdout);
    }

    [Fact]
    public void AFileUrlOnAnotherHostIsRefused()
    {
        var run = CliProcess.Run("extract", "file://fileserver/share/story.html");

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, "only file URLs of this machine are read");
    }

    [Fact]
    public void AFileNamedWithAColonIsStillAFile()
    {
        var folder = TempFolder.Create();
        File.WriteAllBytes(Path.Combine(folder, "notes:2024.html"), TestPages.Story);

        var run = CliProcess.Run("extract", Path.Combine(folder, "notes:2024.html"));

        Assert.Equal(0, run.ExitCode);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(20)]
    public void TruncatedGzipIsAnErrorNotAShorterPage(int cut)
    {
        var whole = TestPages.Gzip(LongStory());
        var path = TempFolder.File("page.html.gz", whole[..^cut]);

        var run = CliProcess.Run("extract", path);
        var piped = CliProcess.Run(whole[..^cut], "extract", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        CliAssert.OneErrorLine(run, "page.html.gz: the gzip data is truncated");
        Assert.Equal(1, piped.ExitCode);
        Assert.Equal("", piped.Stdout);
        CliAssert.OneErrorLine(piped, "standard input: the gzip data is truncated");
    }

    [Fact]
    public void WholeGzipOfSeveralMembersIsRead()
    {
        var story = LongStory();
        var members = Lede.Tests.Warc.WarcFixture.Concat(TestPages.Gzip(story[..300]), TestPages.Gzip(story[300..]));

        var run = CliProcess.Run("extract", TempFolder.File("page.html.gz", members));
        var plain = CliProcess.Run("extract", TempFolder.File("page.html", story));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(plain.Stdout, run.Stdout);
    }

    [Fact]
    public void WholeGzipFollowedByPaddingOrJunkIsReadWhole()
    {
        // gzip itself ignores what follows the last member; the page is whole.
        var story = LongStory();
        var padded = Lede.Tests.Warc.WarcFixture.Concat(TestPages.Gzip(story), new byte[512]);
        var junk = Lede.Tests.Warc.WarcFixture.Concat(TestPages.Gzip(story), "junk\n"u8.ToArray());

        var plain = CliProcess.Run("extract", TempFolder.File("page.html", story));

        Assert.Equal(plain.Stdout, CliProcess.Run("extract", TempFolder.File("padded.html.gz", padded)).Stdout);
        Assert.Equal(plain.Stdout, CliProcess.Run("extract", TempFolder.File("junk.html.gz", junk)).Stdout);
    }

    [Fact]
    public void TheTrailerCrcIsGzipsCrc32()
    {
        // The check value of gzip's CRC-32, taken in two chunks as GzipData takes it.
        var crc = new System.IO.Hashing.Crc32();
        crc.Append("1234"u8);
        crc.Append("56789"u8);
        Assert.Equal(0xCBF43926u, crc.GetCurrentHashAsUInt32());
    }

    [Fact]
    public void ATruncatedGzipPageInABatchGetsAnErrorLine()
    {
        var folder = Path.Combine(TempFolder.Create(), "site");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "a.html.gz"), TestPages.Gzip(LongStory()));
        File.WriteAllBytes(Path.Combine(folder, "b.html.gz"), TestPages.Gzip(LongStory())[..^10]);
        var output = TempFolder.Create();

        var run = CliProcess.Run("batch", folder, "-o", output, "--quiet");

        Assert.Equal(0, run.ExitCode);
        var lines = Batch.BatchInputs.Lines(Path.Combine(output, "site-00000.jsonl"));
        Assert.Equal(["ok", "error"], lines.Select(l => l.GetProperty("status").GetString()));
        Assert.StartsWith("the gzip data is truncated", lines[1].GetProperty("reason").GetString());
        Assert.Contains("1 ok, 0 empty, 0 not-html, 0 too-large, 0 timeout, 1 error", run.Stderr);
    }

    [Theory]
    [InlineData("crawl.warc.gz")]
    [InlineData("crawl.arc")]
    public void AnArchiveGivenToExtractGetsAHintToUseBatch(string name)
    {
        var warc = File.ReadAllBytes(Batch.BatchInputs.WarcFile(name, 0, 2));

        var run = CliProcess.Run("extract", TempFolder.File(name, warc));
        var piped = CliProcess.Run(warc, "extract", "-");

        Assert.Equal(1, run.ExitCode);
        CliAssert.OneErrorLine(run, $"{name} is a WARC/ARC archive, not a page: use 'lede batch ");
        Assert.Equal(1, piped.ExitCode);
        CliAssert.OneErrorLine(piped, "standard input is a WARC/ARC archive, not a page: use 'lede batch - -o OUTPUT'");
    }

    private static byte[] LongStory() => Encoding.UTF8.GetBytes(Batch.BatchInputs.Page(3) + string.Concat(Enumerable.Range(0, 200).Select(n => $"<!-- {n} {Guid.NewGuid()} -->")));
}
