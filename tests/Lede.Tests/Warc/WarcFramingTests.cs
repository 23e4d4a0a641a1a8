using System.Text;
using Lede.Warc;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Warc;

/// <summary>Records framed right and wrong, in plain and gzip files built in memory.</summary>
public sealed class WarcFramingTests
{
    private static byte[][] ThreeRecords() => [WarcInfo(Id(1)), Request(Id(2)), Response(Id(3))];

    [Fact]
    public void PlainFileGivesThePageWithItsFieldsAndItsOffset()
    {
        var records = ThreeRecords();
        var items = ReadAll(Concat(records), out var counts);

        var page = Assert.Single(items.Documents());
        Assert.Equal(records[0].Length + records[1].Length, page.Offset);
        Assert.Equal(WarcOffsetKind.File, page.OffsetKind);
        Assert.Equal($"<urn:uuid:{Id(3)}>", page.RecordId);
        Assert.Equal("http://example.com/", page.TargetUri);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), page.Date);
        Assert.Equal(200, page.HttpStatus);
        Assert.Equal("text/html", page.ContentType);
        Assert.Equal("utf-8", page.Charset);
        Assert.Equal("response", page.RecordType);
        Assert.Equal(Page, page.Text());
        Assert.Null(page.Defect);
        Assert.Equal(3, counts.Records);
        Assert.Equal(1, counts.Documents);
        Assert.Equal(0, counts.Problems);
        Assert.Equal(1, counts.Skipped["warcinfo"]);
        Assert.Equal(1, counts.Skipped["request"]);
        Assert.Equal(Concat(records).Length, counts.InputBytes);
    }

    [Fact]
    public void GzipMemberPerRecordGivesTheMemberOffset()
    {
        var file = GzipEach(ThreeRecords(), out var offsets);

        var page = Assert.Single(ReadAll(file).Documents());

        Assert.Equal(offsets[2], page.Offset);
        Assert.Equal(WarcOffsetKind.File, page.OffsetKind);
        Assert.Equal(Page, page.Text());
    }

    [Fact]
    public void OneGzipStreamForTheWholeFileGivesDecompressedOffsets()
    {
        var records = ThreeRecords();
        var file = Gzip(Concat(records));

        var page = Assert.Single(ReadAll(file).Documents());

        Assert.Equal(records[0].Length + records[1].Length, page.Offset);
        Assert.Equal(WarcOffsetKind.Decompressed, page.OffsetKind);
    }

    [Fact]
    public void BigRecordsAcrossBufferBoundariesKeepTheirBytesAndOffsets()
    {
        // Incompressible bodies make members far larger than the reader's buffers, so members end at every kind
        // of place relative to a refill; many tiny members in between test the other extreme.
        var random = new Random(7);
        var pages = Enumerable.Range(0, 6).Select(n => Encoding.ASCII.GetBytes(
            "<html><body>" + Convert.ToBase64String(RandomBytes(random, 50_000 + n * 61_111)) + "</body></html>")).ToList();
        var records = new List<byte[]>();
        for (var n = 0; n < pages.Count; n++)
        {
            records.Add(Response(Id(n), pages[n]));
            records.AddRange(Enumerable.Range(0, 50).Select(k => Request(Id(1000 * n + k))));
        }
        var file = GzipEach(records, out var offsets);

        var documents = ReadAll(new TrickleStream(file, maxChunk: 5000), null, out var counts).Documents();

        Assert.Equal(pages.Count, documents.Count);
        for (var n = 0; n < pages.Count; n++)
        {
            Assert.True(pages[n].AsSpan().SequenceEqual(documents[n].Body.Span), $"page {n}");
            Assert.Equal(offsets[n * 51], documents[n].Offset);
        }
        Assert.Equal(records.Count, counts.Records);
        Assert.Equal(0, counts.Problems);
    }

    [Fact]
    public void ReadsTinyReadsAsWellAsWholeBuffers()
    {
        var file = GzipEach(ThreeRecords(), out _);

        var items = ReadAll(new TrickleStream(file, maxChunk: 1), null, out var counts);

        Assert.Equal(Page, Assert.Single(items.Documents()).Text());
        Assert.Equal(3, counts.Records);
    }

    [Fact]
    public void FieldNamesIgnoreCaseAndContinuationLinesFold()
    {
        var block = Http("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", Encoding.UTF8.GetBytes(Page));
        var record = Encoding.UTF8.GetBytes(
            "WARC/1.0\r\nwarc-type: response\r\nWARC-RECORD-ID: <urn:uuid:1>\r\nwarc-target-uri: <http://example.com/a\r\n" +
            "\tb c.html>\r\nContent-type: application/http\r\ncontent-length: " + block.Length + "\r\n\r\n");

        var page = Assert.Single(ReadAll(Concat(record, block, "\r\n\r\n"u8.ToArray())).Documents());

        Assert.Equal("<urn:uuid:1>", page.RecordId);
        Assert.Equal("http://example.com/a b c.html", page.TargetUri);
        Assert.Null(page.Date);
        Assert.Equal(Page, page.Text());
    }

    [Fact]
    public void ContentLengthTooShortIsRepairedUpToTheNextRecord()
    {
        var body = Encoding.UTF8.GetBytes(Page);
        var block = Http("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", body);
        var shortRecord = Response(Id(1), body, contentLength: block.Length - 7);
        var items = ReadAll(Concat(shortRecord, Response(Id(2))));

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Misframed, problem.Kind);
        Assert.Equal(0, problem.Offset);
        Assert.Equal($"<urn:uuid:{Id(1)}>", problem.RecordId);
        Assert.False(problem.LostRecord);
        Assert.Equal([Page, Page], items.Documents().Select(page => page.Text()));
    }

    [Fact]
    public void ContentLengthTooLongIsCutWhereTheNextRecordStarts()
    {
        var body = Encoding.UTF8.GetBytes(Page);
        var block = Http("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", body);
        var second = Response(Id(2), "<html><body>second</body></html>");
        var longRecord = Response(Id(1), body, contentLength: block.Length + 40);

        var items = ReadAll(Concat(longRecord, second, Request(Id(3))), out var counts);

        Assert.Equal(WarcProblemKind.Misframed, Assert.Single(items.Problems()).Kind);
        Assert.Equal([Page, "<html><body>second</body></html>"], items.Documents().Select(page => page.Text()));
        Assert.Equal(longRecord.Length, items.Documents()[1].Offset);
        Assert.Equal(3, counts.Records);
    }

    [Fact]
    public void TruncatedLastRecordKeepsWhatThereIsAndSaysSo()
    {
        var file = Concat(Response(Id(1)), Response(Id(2)));
        var cut = file[..^40];

        var items = ReadAll(cut);

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Misframed, problem.Kind);
        Assert.Contains("cut off", problem.Reason);
        Assert.Equal(Response(Id(1)).Length, problem.Offset);
        var pages = items.Documents();
        Assert.Equal(2, pages.Count);
        Assert.Null(pages[0].Defect);
        Assert.Contains("cut off", pages[1].Defect);
        Assert.StartsWith(pages[1].Text(), Page);
    }

    [Fact]
    public void DataEndingInsideARecordHeaderIsReported()
    {
        var second = Response(Id(2));
        var items = ReadAll(Concat(Response(Id(1)), second[..60]));

        Assert.Single(items.Documents());
        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Unreadable, problem.Kind);
        Assert.Contains("cut off", problem.Reason);
    }

    [Fact]
    public void GarbageBetweenRecordsIsSkippedAndReportedWhereItStarts()
    {
        var first = Response(Id(1));
        var garbage = "this is no record\r\nnor is this\n\u0000\u0001binary"u8.ToArray();
        var items = ReadAll(Concat(first, garbage, Response(Id(2))));

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Garbage, problem.Kind);
        Assert.Equal(first.Length, problem.Offset);
        Assert.Contains($"{garbage.Length} bytes", problem.Reason);
        Assert.Equal(2, items.Documents().Count);
    }

    [Fact]
    public void BlankLinesBetweenRecordsPassQuietly()
    {
        var items = ReadAll(Concat("\r\n"u8.ToArray(), Response(Id(1)), "\r\n\n"u8.ToArray(), Response(Id(2))));

        Assert.Empty(items.Problems());
        Assert.Equal(2, items.Documents().Count);
    }

    [Fact]
    public void MissingContentLengthCostsOnlyThatRecord()
    {
        var broken = Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:x>\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n");
        var items = ReadAll(Concat(Response(Id(1)), broken, Response(Id(2))));

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Unreadable, problem.Kind);
        Assert.Equal("<urn:uuid:x>", problem.RecordId);
        Assert.True(problem.LostRecord);
        Assert.Equal(2, items.Documents().Count);
    }

    [Fact]
    public void NonHtmlResponsesAndOtherRecordTypesAreSkippedAndCounted()
    {
        var png = Response(Id(1), new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, "Content-Type: image/png\r\n");
        var revisit = Record("revisit", "HTTP/1.1 200 OK\r\n\r\n"u8.ToArray(), Id(2));
        var metadata = Record("metadata", "via: x\r\n"u8.ToArray(), Id(3), contentType: "application/warc-fields");
        var json = Record("resource", "{}"u8.ToArray(), Id(4), contentType: "application/json");

        var items = ReadAll(Concat(png, revisit, metadata, json), out var counts);

        Assert.Empty(items);
        Assert.Equal(4, counts.Records);
        Assert.Equal(1, counts.Skipped["response: not HTML"]);
        Assert.Equal(1, counts.Skipped["revisit"]);
        Assert.Equal(1, counts.Skipped["metadata"]);
        Assert.Equal(1, counts.Skipped["resource: not HTML"]);
        Assert.Equal(4, counts.SkippedTotal);
    }

    [Fact]
    public void RecordOverTheCapIsSkippedAsTooLargeAndReadingGoesOn()
    {
        var options = new WarcReaderOptions { MaxDocumentBytes = 4096, MaxHeaderBytes = 1024 };
        var big = Response(Id(1), "<html>" + new string('x', 10_000) + "</html>");
        var bigImage = Response(Id(2), new byte[10_000], "Content-Type: image/jpeg\r\n");

        var items = ReadAll(new MemoryStream(Concat(big, bigImage, Response(Id(3)))), options, out var counts);

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.TooLarge, problem.Kind);
        Assert.Equal($"<urn:uuid:{Id(1)}>", problem.RecordId);
        Assert.Equal(0, problem.Offset);
        Assert.Equal(Page, Assert.Single(items.Documents()).Text());
        Assert.Equal(1, counts.Skipped["response: not HTML"]);
        Assert.Equal(3, counts.Records);
    }

    [Fact]
    public void EmptyInputGivesNothing()
    {
        var items = ReadAll([], out var counts);

        Assert.Empty(items);
        Assert.Equal(0, counts.Records);
    }

    [Fact]
    public void InputThatIsNoArchiveIsOneGarbageProblem()
    {
        var items = ReadAll("<html><body>just a page</body></html>\n"u8.ToArray());

        Assert.Equal(WarcProblemKind.Garbage, Assert.Single(items.Problems()).Kind);
    }

    [Fact]
    public void ReadingTwiceThrowsBecauseTheStreamIsReadOnce()
    {
        var items = WarcReader.Read(new MemoryStream(Response(Id(1))));
        _ = items.ToList();

        Assert.Throws<InvalidOperationException>(() => items.ToList());
    }

    [Fact]
    public void CancellationStopsTheEnumeration()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => WarcReader.Read(new MemoryStream(Response(Id(1))), null, cancelled.Token).ToList());
    }

    [Fact]
    public void BodiesStayValidAfterTheEnumerationMovesOn()
    {
        var pages = ReadAll(Concat(Response(Id(1), "<p>one</p>"), Response(Id(2), "<p>two</p>"))).Documents();

        Assert.Equal(["<p>one</p>", "<p>two</p>"], pages.Select(page => page.Text()));
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }
}
