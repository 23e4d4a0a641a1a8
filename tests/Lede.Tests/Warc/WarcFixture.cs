using System.IO.Compression;
using System.Text;
using Lede.Warc;

namespace Lede.Tests.Warc;

/// <summary>Builds WARC and ARC files in memory, byte by byte as the specification lays them out, and reads them back.</summary>
internal static class WarcFixture
{
    public const string Page = "<!doctype html><html><head><title>A page</title></head><body><p>Story text.</p></body></html>";

    /// <summary>A whole record: version line, fields, empty line, block, CRLF CRLF. <paramref name="contentLength"/> overrides the true length.</summary>
    public static byte[] Record(string type, byte[] block, string id, string? uri = "http://example.com/", string? contentType = null,
        long? contentLength = null, string? extraFields = null, string version = "WARC/1.1")
    {
        var header = new StringBuilder()
            .Append(version).Append("\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(id).Append(">\r\n")
            .Append("WARC-Date: 2024-01-02T03:04:05Z\r\n");
        if (uri is not null)
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        header.Append("Content-Type: ").Append(contentType ?? (type == "response" ? "application/http; msgtype=response" : "text/html")).Append("\r\n");
        header.Append(extraFields);
        header.Append("Content-Length: ").Append(contentLength ?? block.Length).Append("\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    /// <summary>A response record holding an HTTP 200 with the given headers and body.</summary>
    public static byte[] Response(string id, byte[] body, string headers = "Content-Type: text/html; charset=utf-8\r\n", string status = "HTTP/1.1 200 OK",
        long? contentLength = null, string? uri = "http://example.com/")
        => Record("response", Http(status, headers, body), id, uri, contentLength: contentLength);

    public static byte[] Response(string id, string html = Page) => Response(id, Encoding.UTF8.GetBytes(html));

    public static byte[] Http(string status, string headers, byte[] body) =>
        [.. Encoding.ASCII.GetBytes(status + "\r\n" + headers + "\r\n"), .. body];

    public static byte[] Request(string id) =>
        Record("request", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n"u8.ToArray(), id, contentType: "application/http; msgtype=request");

    public static byte[] WarcInfo(string id) =>
        Record("warcinfo", "software: test\r\nformat: WARC File Format 1.1\r\n"u8.ToArray(), id, uri: null, contentType: "application/warc-fields");

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    /// <summary>One gzip member per record, as crawlers write .warc.gz; the member offsets come back too.</summary>
    public static byte[] GzipEach(IEnumerable<byte[]> records, out List<long> offsets)
    {
        offsets = [];
        var file = new List<byte>();
        foreach (var record in records)
        {
            offsets.Add(file.Count);
            file.AddRange(Gzip(record));
        }
        return [.. file];
    }

    public static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];

    public static string Id(int n) => $"00000000-0000-0000-0000-{n:D12}";

    public static List<WarcItem> ReadAll(byte[] data, WarcReaderOptions? options = null) => ReadAll(new MemoryStream(data), options, out _);

    public static List<WarcItem> ReadAll(Stream stream, WarcReaderOptions? options, out WarcCounts counts)
    {
        var items = WarcReader.Read(stream, options);
        counts = items.Counts;
        return [.. items];
    }

    public static List<WarcItem> ReadAll(byte[] data, out WarcCounts counts) => ReadAll(new MemoryStream(data), null, out counts);

    public static List<WarcDocument> Documents(this IEnumerable<WarcItem> items) => [.. items.OfType<WarcDocument>()];

    public static List<WarcProblem> Problems(this IEnumerable<WarcItem> items) => [.. items.OfType<WarcProblem>()];

    public static string Text(this WarcDocument document) => Encoding.UTF8.GetString(document.Body.Span);
}
