using System.IO.Compression;
using System.Text;
using Lede.Warc;
using static Lede.Tests.Warc.WarcFixture;

namespace Lede.Tests.Warc;

/// <summary>The HTTP message inside a response record: status, headers, chunking and content coding undone.</summary>
public sealed class HttpPayloadTests
{
    private static readonly byte[] Html = Encoding.UTF8.GetBytes(Page);

    private static WarcDocument ReadOne(byte[] body, string headers, string status = "HTTP/1.1 200 OK") =>
        Assert.Single(ReadAll(Response(Id(1), body, headers, status)).Documents());

    [Fact]
    public void ChunkedBodyIsJoined()
    {
        var chunked = Chunk(Html, 10, 33, 7);

        var page = ReadOne(chunked, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");

        Assert.Equal(Page, page.Text());
        Assert.Null(page.Defect);
    }

    [Fact]
    public void ChunkExtensionsAndTrailersAreIgnored()
    {
        var body = Encoding.ASCII.GetBytes("5;name=value\r\nHello\r\n6\r\n World\r\n0\r\nExpires: never\r\n\r\n");

        Assert.Equal("Hello World", ReadOne(body, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n").Text());
    }

    [Fact]
    public void WrongChunkSizeKeepsTheDecodedChunksAndTheRestAsItIs()
    {
        // The second chunk claims 4 bytes but holds 9: from there the body is taken raw, as warcio does.
        var body = Encoding.ASCII.GetBytes("5\r\nHello\r\n4\r\n World!!\r\n0\r\n\r\n");

        var page = ReadOne(body, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");

        Assert.Equal("Hello4\r\n World!!\r\n0\r\n\r\n", page.Text());
        Assert.Contains("chunk 2 has a wrong size", page.Defect);
    }

    [Fact]
    public void BodyThatIsNotChunkedDespiteTheHeaderIsTakenAsItIs()
    {
        var page = ReadOne(Html, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");

        Assert.Equal(Page, page.Text());
        Assert.Contains("not", page.Defect);
    }

    [Fact]
    public void ChunkRunningPastTheRecordKeepsWhatThereIs()
    {
        var body = Encoding.ASCII.GetBytes("5\r\nHello\r\n100\r\n World");

        var page = ReadOne(body, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n");

        Assert.Equal("Hello World", page.Text());
        Assert.Contains("cut off", page.Defect);
    }

    public static TheoryData<string> Codings => ["gzip", "x-gzip", "deflate", "raw-deflate", "br"];

    [Theory]
    [MemberData(nameof(Codings))]
    public void ContentEncodingIsUndone(string coding)
    {
        var encoded = Encode(Html, coding);
        var header = coding == "raw-deflate" ? "deflate" : coding;

        var page = ReadOne(encoded, $"Content-Type: text/html\r\nContent-Encoding: {header}\r\n");

        Assert.Equal(Page, page.Text());
        Assert.Null(page.Defect);
    }

    [Fact]
    public void ChunkedGzipIsUnchunkedThenDecoded()
    {
        var body = Chunk(Encode(Html, "gzip"), 20, 20, 1);

        var page = ReadOne(body, "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n");

        Assert.Equal(Page, page.Text());
    }

    [Fact]
    public void TwoCodingsAreUndoneLastFirst()
    {
        var body = Encode(Encode(Html, "gzip"), "br");

        Assert.Equal(Page, ReadOne(body, "Content-Type: text/html\r\nContent-Encoding: gzip, br\r\n").Text());
    }

    [Fact]
    public void BodyStoredDecodedUnderAGzipHeaderIsTakenAsItIs()
    {
        var page = ReadOne(Html, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n");

        Assert.Equal(Page, page.Text());
        Assert.Contains("not gzip", page.Defect);
    }

    [Fact]
    public void GzipCutShortKeepsWhatDecoded()
    {
        var long_ = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Range(0, 2000).Select(n => $"<p>{n * 7919 % 10007}</p>")) + "</body></html>");
        var encoded = Encode(long_, "gzip");
        encoded[encoded.Length / 2] ^= 0xff;

        var page = ReadOne(encoded, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n");

        Assert.NotNull(page.Defect);
        Assert.True(page.Body.Length > 0);
    }

    [Fact]
    public void UnsupportedContentEncodingIsAProblem()
    {
        var items = ReadAll(Response(Id(1), Html, "Content-Type: text/html\r\nContent-Encoding: zstd\r\n"));

        var problem = Assert.Single(items.Problems());
        Assert.Equal(WarcProblemKind.Unreadable, problem.Kind);
        Assert.Contains("zstd", problem.Reason);
    }

    [Fact]
    public void DecodedBodyOverTheCapIsTooLarge()
    {
        var bomb = Encode(new byte[1_000_000], "gzip");
        var options = new WarcReaderOptions { MaxDocumentBytes = 100_000 };

        var items = ReadAll(new MemoryStream(Concat(Response(Id(1), bomb, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"), Response(Id(2)))), options, out _);

        Assert.Equal(WarcProblemKind.TooLarge, Assert.Single(items.Problems()).Kind);
        Assert.Single(items.Documents());
    }

    [Theory]
    [InlineData("Content-Type: text/html; charset=\"ISO-8859-1\"\r\n", "text/html", "ISO-8859-1")]
    [InlineData("content-type: TEXT/HTML;CHARSET=windows-1251\r\n", "text/html", "windows-1251")]
    [InlineData("Content-Type: application/xhtml+xml\r\n", "application/xhtml+xml", null)]
    [InlineData("Content-Type: text/plain\r\nContent-Type: text/html; charset=utf-8\r\n", "text/html", "utf-8")]
    [InlineData("Content-Type:\r\n text/html;\r\n\tcharset=koi8-r\r\n", "text/html", "koi8-r")]
    [InlineData("X-Nothing: here\r\n", null, null)]
    public void ContentTypeGivesMediaTypeAndCharset(string headers, string? type, string? charset)
    {
        var page = ReadOne(Html, headers);

        Assert.Equal(type, page.ContentType);
        Assert.Equal(charset, page.Charset);
    }

    [Theory]
    [InlineData("HTTP/1.1 404 Not Found", 404)]
    [InlineData("HTTP/1.0 301", 301)]
    [InlineData("HTTP/2 200 ", 200)]
    [InlineData("HTTP/1.1 OK", null)]
    public void StatusLineGivesTheCode(string statusLine, int? status) =>
        Assert.Equal(status, ReadOne(Html, "Content-Type: text/html\r\n", statusLine).HttpStatus);

    [Fact]
    public void BareLineFeedsInTheHttpHeaderAreRead()
    {
        byte[] block = [.. "HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n"u8, .. Html];

        var page = Assert.Single(ReadAll(Record("response", block, Id(1))).Documents());

        Assert.Equal("utf-8", page.Charset);
        Assert.Equal(Page, page.Text());
    }

    [Fact]
    public void HtmlResourceRecordIsAPageWithoutStatus()
    {
        var record = Record("resource", Html, Id(1), contentType: "text/html; charset=iso-8859-2");

        var page = Assert.Single(ReadAll(record).Documents());

        Assert.Equal("resource", page.RecordType);
        Assert.Null(page.HttpStatus);
        Assert.Equal("text/html", page.ContentType);
        Assert.Equal("iso-8859-2", page.Charset);
        Assert.Equal(Page, page.Text());
    }

    [Fact]
    public void CrawlerTruncationIsNotedOnThePage()
    {
        var block = Http("HTTP/1.1 200 OK", "Content-Type: text/html\r\n", Html);
        var record = Record("response", block, Id(1), extraFields: "WARC-Truncated: length\r\n");

        Assert.Contains("truncated the record (length)", Assert.Single(ReadAll(record).Documents()).Defect);
    }

    [Fact]
    public void ResponseRecordWithoutHttpIsAProblem()
    {
        var record = Record("response", Html, Id(1));

        Assert.Equal(WarcProblemKind.Unreadable, Assert.Single(ReadAll(record).Problems()).Kind);
    }

    [Fact]
    public void WarcDateWithFractionsIsRead()
    {
        var record = Encoding.UTF8.GetString(Response(Id(1))).Replace("2024-01-02T03:04:05Z", "2024-01-02T03:04:05.250Z");

        var page = Assert.Single(ReadAll(Encoding.UTF8.GetBytes(record)).Documents());

        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 250, TimeSpan.Zero), page.Date);
    }

    private static byte[] Chunk(byte[] data, params int[] sizes)
    {
        var output = new List<byte>();
        var at = 0;
        foreach (var size in sizes.Append(int.MaxValue))
        {
            var take = Math.Min(size, data.Length - at);
            if (take == 0)
                break;
            output.AddRange(Encoding.ASCII.GetBytes(take.ToString("x") + "\r\n"));
            output.AddRange(data.AsSpan(at, take).ToArray());
            output.AddRange("\r\n"u8.ToArray());
            at += take;
        }
        output.AddRange("0\r\n\r\n"u8.ToArray());
        return [.. output];
    }

    private static byte[] Encode(byte[] data, string coding)
    {
        using var output = new MemoryStream();
        using (Stream encoder = coding switch
        {
            "gzip" or "x-gzip" => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true),
            "raw-deflate" => new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true),
            _ => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true),
        })
        {
            encoder.Write(data);
        }
        return output.ToArray();
    }
}
