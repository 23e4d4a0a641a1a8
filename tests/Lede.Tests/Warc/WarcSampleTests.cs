using System.IO.Compression;
using Lede.Cli.Eval;
using Lede.Warc;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Warc;

/// <summary>
/// Every file of shared/benchmarks/warc-samples: Wget's WARC of the 181 benchmark pages and warcio's test files.
/// Record counts were counted apart from the reader (<c>zcat -f FILE | grep -c '^WARC/1'</c>, and by hand for
/// the ARC files); which records are pages, and where the broken files break, by reading them.
/// </summary>
public sealed class WarcSampleTests
{
    private static string? Folder => SharedData.Directory is { } shared && Directory.Exists(Path.Combine(shared, "benchmarks", "warc-samples"))
        ? Path.Combine(shared, "benchmarks", "warc-samples")
        : null;

    private static string Require()
    {
        Skip.If(Folder is null, $"shared/benchmarks/warc-samples is absent (set {SharedData.EnvironmentVariable} or put shared/ beside the repository)");
        return Folder!;
    }

    /// <summary>file, records, pages, problems.</summary>
    public static TheoryData<string, int, int, int> Samples => new()
    {
        { "example.warc", 6, 1, 0 },
        { "example.warc.gz", 6, 1, 0 },
        { "example-digest.warc", 4, 0, 0 },
        { "example-iana.org-chunked.warc", 3, 1, 0 },
        { "example-resource.warc.gz", 3, 1, 0 },
        { "example-space-in-target-uri.warc.gz", 2, 0, 0 },
        { "example-wget-bad-target-uri.warc.gz", 6, 1, 0 },
        { "post-test.warc.gz", 6, 0, 0 },
        { "example.arc", 2, 1, 0 },
        { "example.arc.gz", 2, 1, 0 },
        // One gzip stream for the whole file, not a member per record: readable, offsets in decompressed bytes.
        { "example-bad-non-chunked.warc.gz", 6, 1, 0 },
        { "example-bad.warc.gz.bad", 6, 2, 0 },
        // Broken: Content-Length 2 bytes short (the gzip body's last bytes follow the block).
        { "example-trunc.warc", 4, 1, 1 },
        // Broken: Content-Length 1 byte short, and gzip members that split the record.
        { "example-wrong-chunks.warc.gz", 2, 1, 1 },
        // Broken: the ARC length counts line ends the file no longer has, so the record runs past the end.
        { "example-space-in-url.arc", 2, 1, 1 },
        // Broken: lengths -1 and "abc", and the file header's body left as stray lines.
        { "bad.arc", 1, 0, 4 },
        { "scrapinghub-181.warc.gz", 365, 181, 0 },
    };

    [SkippableFact]
    public void EverySampleFileIsCovered()
    {
        var folder = Require();
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Where(name => name is not ("README.md" or "LICENSE") && !name!.EndsWith(".cdx"));

        Assert.Equal(Samples.Select(row => (string)row[0]).Order(), files.Order());
    }

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void SampleReadsFullyWithTheExpectedCounts(string file, int records, int pages, int problems)
    {
        using var stream = File.OpenRead(Path.Combine(Require(), file));

        var items = ReadAll(stream, null, out var counts);

        Assert.Equal(records, counts.Records);
        Assert.Equal(pages, items.Documents().Count);
        Assert.Equal(problems, items.Problems().Count);
        // Every record read is either skipped (and counted by kind) or handed out; broken headers are no record.
        Assert.Equal(counts.Records, counts.SkippedTotal + counts.Documents + items.Problems().Count(problem => problem.Kind == WarcProblemKind.TooLarge));
        Assert.Equal(new FileInfo(Path.Combine(Require(), file)).Length, counts.InputBytes);
        Assert.All(items.Documents(), page => Assert.Contains("</html>", page.Text(), StringComparison.OrdinalIgnoreCase));
    }

    [SkippableFact]
    public void PlainAndGzipExampleGiveTheSamePageAtTheirOwnOffsets()
    {
        var folder = Require();
        var plain = Assert.Single(ReadAll(File.ReadAllBytes(Path.Combine(folder, "example.warc"))).Documents());
        var gzip = Assert.Single(ReadAll(File.ReadAllBytes(Path.Combine(folder, "example.warc.gz"))).Documents());

        Assert.Equal(plain.Text(), gzip.Text());
        Assert.Equal(1197, plain.Offset);
        Assert.Equal(784, gzip.Offset);
        Assert.Equal(WarcOffsetKind.File, gzip.OffsetKind);
        Assert.Equal("<urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005>", gzip.RecordId);
        Assert.Equal(new DateTimeOffset(2017, 3, 6, 4, 2, 6, TimeSpan.Zero), gzip.Date);
        Assert.StartsWith("<!doctype html>", gzip.Text());
    }

    [SkippableFact]
    public void BrokenSamplesReportWhereTheyBreak()
    {
        var folder = Require();

        var trunc = ReadAll(File.ReadAllBytes(Path.Combine(folder, "example-trunc.warc")));
        var misframed = Assert.Single(trunc.Problems());
        Assert.Equal((WarcProblemKind.Misframed, 1197L, "<urn:uuid:a9c51e3e-0221-11e7-bf66-0242ac120005>"), (misframed.Kind, misframed.Offset, misframed.RecordId));
        Assert.EndsWith("</html>\n", Assert.Single(trunc.Documents()).Text());

        var wrongChunks = ReadAll(File.ReadAllBytes(Path.Combine(folder, "example-wrong-chunks.warc.gz")));
        Assert.Equal((WarcProblemKind.Misframed, 0L), (wrongChunks.Problems()[0].Kind, wrongChunks.Problems()[0].Offset));
        Assert.Equal(1271, Assert.Single(wrongChunks.Documents()).Body.Length);

        var badArc = ReadAll(File.ReadAllBytes(Path.Combine(folder, "bad.arc"))).Problems();
        Assert.Equal([0L, 61L, 134L, 262L], badArc.Select(problem => problem.Offset));
        Assert.Equal(3, badArc.Count(problem => problem.Kind == WarcProblemKind.Unreadable));
    }

    [SkippableFact]
    public void OddTargetUrisAreKeptAsWritten()
    {
        var folder = Require();

        var wget = Assert.Single(ReadAll(File.ReadAllBytes(Path.Combine(folder, "example-wget-bad-target-uri.warc.gz"))).Documents());
        Assert.Equal("http://example.com/", wget.TargetUri);
        var arc = Assert.Single(ReadAll(File.ReadAllBytes(Path.Combine(folder, "example-space-in-url.arc"))).Documents());
        Assert.Equal("http://example.com/index.cfm?FuseAction=Email&EmailTitle=Examples From The Live Web&IsPopUp=False", arc.TargetUri);
    }

    [SkippableFact]
    public void IanaChunkedPageIsUnchunked()
    {
        var page = Assert.Single(ReadAll(File.ReadAllBytes(Path.Combine(Require(), "example-iana.org-chunked.warc"))).Documents());

        Assert.Equal("UTF-8", page.Charset);
        Assert.Null(page.Defect);
        Assert.StartsWith("<!doctype html>", page.Text().TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("</html>", page.Text().TrimEnd());
        Assert.DoesNotContain("\r\n0\r\n", page.Text());
    }

    [SkippableFact]
    public void ScrapingHubWarcGivesThe181BenchmarkPagesByteForByteAtWgetsOffsets()
    {
        var folder = Require();
        var pagesFolder = Path.Combine(SharedData.ScrapingHub ?? "", "html");
        Skip.IfNot(Directory.Exists(pagesFolder), "the ScrapingHub pages are absent");
        // Wget's CDX: the compressed offset (V) and record id of each response.
        var cdx = File.ReadLines(Path.Combine(folder, "scrapinghub-181.cdx")).Skip(1)
            .Select(line => line.Split(' ')).ToDictionary(fields => fields[^1], fields => (Uri: fields[0], Offset: long.Parse(fields[^3])));
        using var stream = File.OpenRead(Path.Combine(folder, "scrapinghub-181.warc.gz"));

        var pages = ReadAll(stream, null, out var counts).Documents();

        Assert.Equal(181, pages.Count);
        Assert.Equal(181, pages.Select(page => page.TargetUri).Distinct().Count());
        foreach (var page in pages)
        {
            var id = Path.GetFileNameWithoutExtension(new Uri(page.TargetUri!).AbsolutePath);
            using var expected = new MemoryStream();
            using (var gzip = new GZipStream(File.OpenRead(Path.Combine(pagesFolder, id + ".html.gz")), CompressionMode.Decompress))
                gzip.CopyTo(expected);
            Assert.True(expected.ToArray().AsSpan().SequenceEqual(page.Body.Span), $"page {id} differs");
            Assert.Equal(cdx[page.RecordId!].Uri, page.TargetUri);
            Assert.Equal(cdx[page.RecordId!].Offset, page.Offset);
            Assert.Equal(WarcOffsetKind.File, page.OffsetKind);
            Assert.Equal(200, page.HttpStatus);
            Assert.Equal("text/html", page.ContentType);
            Assert.NotNull(page.Date);
        }
        Assert.Equal(181, counts.Skipped["request"]);
        Assert.Equal(1, counts.Skipped["warcinfo"]);
        Assert.Equal(1, counts.Skipped["metadata"]);
    }
}
