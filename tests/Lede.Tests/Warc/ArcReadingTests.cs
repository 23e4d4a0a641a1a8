using System.Text;
using Lede.Warc;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Warc;

/// <summary>ARC files (the Internet Archive's format before WARC) come out in the same shape as WARC pages.</summary>
public sealed class ArcReadingTests
{
    private static byte[] FileDesc(int version = 1)
    {
        var body = version == 1
            ? "1 0 Test\nURL IP-address Archive-date Content-type Archive-length\n"
            : "2 0 Test\nURL IP-address Archive-date Content-type Result-code Checksum Location Offset Filename Archive-length\n";
        return Encoding.ASCII.GetBytes($"filedesc://test.arc 0.0.0.0 20240102030405 text/plain {body.Length}\n{body}\n");
    }

    private static byte[] ArcRecord(string url, byte[] content, string type = "text/html", int version = 1, long? length = null)
    {
        var middle = version == 1 ? type : $"{type} 200 - - 0 test.arc";
        return [.. Encoding.UTF8.GetBytes($"{url} 93.184.216.34 20240102030405 {middle} {length ?? content.Length}\n"), .. content, .. "\n"u8];
    }

    private static byte[] HttpPage(string html = Page) => Http("HTTP/1.1 200 OK", "Content-Type: text/html; charset=utf-8\r\n", Encoding.UTF8.GetBytes(html));

    [Fact]
    public void VersionOneRecordsGiveTheirPages()
    {
        var header = FileDesc();
        var first = ArcRecord("http://example.com/a b.html", HttpPage());
        var file = Concat(header, first, ArcRecord("http://example.com/logo.png", [1, 2, 3], "image/png"), ArcRecord("http://example.com/2", HttpPage("<p>2</p>")));

        var items = ReadAll(file, out var counts);

        var pages = items.Documents();
        Assert.Equal(2, pages.Count);
        Assert.Equal("http://example.com/a b.html", pages[0].TargetUri);
        Assert.Equal(header.Length, pages[0].Offset);
        Assert.Equal("arc", pages[0].RecordType);
        Assert.Null(pages[0].RecordId);
        Assert.Equal(200, pages[0].HttpStatus);
        Assert.Equal("utf-8", pages[0].Charset);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), pages[0].Date);
        Assert.Equal(Page, pages[0].Text());
        Assert.Equal("<p>2</p>", pages[1].Text());
        Assert.Equal(4, counts.Records);
        Assert.Equal(1, counts.Skipped["filedesc"]);
        Assert.Equal(1, counts.Skipped["arc: not HTML"]);
        Assert.Empty(items.Problems());
    }

    [Fact]
    public void VersionTwoHeadersAreReadFromTheRight()
    {
        var file = Concat(FileDesc(2), ArcRecord("http://example.com/x y", HttpPage(), version: 2));

        var page = Assert.Single(ReadAll(file).Documents());

        Assert.Equal("http://example.com/x y", page.TargetUri);
        Assert.Equal(Page, page.Text());
    }

    [Fact]
    public void GzipMemberPerRecordGivesMemberOffsets()
    {
        var file = GzipEach([FileDesc(), ArcRecord("http://example.com/", HttpPage())], out var offsets);

        var page = Assert.Single(ReadAll(file).Documents());

        Assert.Equal(offsets[1], page.Offset);
        Assert.Equal(WarcOffsetKind.File, page.OffsetKind);
    }

    [Fact]
    public void BadLengthIsReportedAndTheNextRecordRead()
    {
        var broken = Encoding.ASCII.GetBytes("http://example.com/bad 1.2.3.4 20240102030405 text/html -1\n<html>lost</html>\n");
        var file = Concat(FileDesc(), broken, ArcRecord("http://example.com/good", HttpPage()));

        var items = ReadAll(file);

        var problems = items.Problems();
        Assert.Equal(WarcProblemKind.Unreadable, problems[0].Kind);
        Assert.Equal(FileDesc().Length, problems[0].Offset);
        Assert.Equal("http://example.com/bad", problems[0].TargetUri);
        Assert.Equal("http://example.com/good", Assert.Single(items.Documents()).TargetUri);
    }

    [Fact]
    public void PayloadWithoutHttpHeaderUsesTheArcContentType()
    {
        var file = Concat(FileDesc(), ArcRecord("http://example.com/", Encoding.UTF8.GetBytes(Page)));

        var page = Assert.Single(ReadAll(file).Documents());

        Assert.Null(page.HttpStatus);
        Assert.Equal("text/html", page.ContentType);
        Assert.Equal(Page, page.Text());
    }
}
