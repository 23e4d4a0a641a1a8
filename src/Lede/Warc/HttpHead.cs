using System.Text;

namespace Lede.Warc;

/// <summary>
/// The status line and the headers the reader needs from an HTTP response kept in a record: status,
/// Content-Type, Transfer-Encoding, Content-Encoding. Tolerant as archives require: bare LF line ends, folded
/// lines, a missing reason phrase, a header block that runs to the end of the record.
/// </summary>
internal sealed class HttpHead
{
    private HttpHead()
    {
    }

    private enum Header
    {
        Other,
        ContentType,
        TransferEncoding,
        ContentEncoding,
    }

    /// <summary>The status code; null when the status line has none.</summary>
    public int? Status { get; private set; }

    /// <summary>The last Content-Type header (the one a browser would use).</summary>
    public string? ContentType { get; private set; }

    /// <summary>Transfer-Encoding values, comma-joined when repeated.</summary>
    public string? TransferEncoding { get; private set; }

    /// <summary>Content-Encoding values, comma-joined when repeated, in the order they were applied.</summary>
    public string? ContentEncoding { get; private set; }

    /// <summary>Where the body starts in the block.</summary>
    public int BodyStart { get; private set; }

    /// <summary>False when no empty line ended the headers (all the rest of the block was read as headers).</summary>
    public bool Terminated { get; private set; }

    /// <summary>True when the block starts with an HTTP status line (<c>HTTP/</c>, any case).</summary>
    public static bool StartsHttp(ReadOnlySpan<byte> block) => block.Length >= 5 && Ascii.EqualsIgnoreCase(block[..5], "HTTP/"u8);

    public static HttpHead Parse(ReadOnlySpan<byte> block)
    {
        var head = new HttpHead();
        var at = NextLine(block, 0, out var statusLine);
        head.Status = ParseStatus(statusLine);
        var header = Header.Other;
        while (at < block.Length)
        {
            at = NextLine(block, at, out var line);
            if (line.IsEmpty)
            {
                head.Terminated = true;
                head.BodyStart = at;
                return head;
            }
            if (line[0] is (byte)' ' or (byte)'\t')
            {
                head.Append(header, line, " ");
                continue;
            }
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                header = Header.Other;
                continue;
            }
            header = Identify(line[..colon].Trim(" \t"u8));
            if (header == Header.ContentType)
                head.ContentType = null;
            head.Append(header, line[(colon + 1)..], ", ");
        }
        head.BodyStart = block.Length;
        return head;
    }

    private static Header Identify(ReadOnlySpan<byte> name) =>
        Ascii.EqualsIgnoreCase(name, "Content-Type"u8) ? Header.ContentType
        : Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8) ? Header.TransferEncoding
        : Ascii.EqualsIgnoreCase(name, "Content-Encoding"u8) ? Header.ContentEncoding
        : Header.Other;

    private void Append(Header header, ReadOnlySpan<byte> value, string separator)
    {
        switch (header)
        {
            case Header.ContentType:
                ContentType = Join(ContentType, value, separator);
                break;
            case Header.TransferEncoding:
                TransferEncoding = Join(TransferEncoding, value, separator);
                break;
            case Header.ContentEncoding:
                ContentEncoding = Join(ContentEncoding, value, separator);
                break;
        }
    }

    private static string? Join(string? before, ReadOnlySpan<byte> more, string separator)
    {
        var text = Encoding.Latin1.GetString(more.Trim(" \t"u8));
        return string.IsNullOrEmpty(before) ? text : text.Length == 0 ? before : before + separator + text;
    }

    private static int NextLine(ReadOnlySpan<byte> block, int at, out ReadOnlySpan<byte> line)
    {
        var rest = block[at..];
        var newline = rest.IndexOf((byte)'\n');
        line = newline < 0 ? rest : rest[..newline];
        if (line.Length > 0 && line[^1] == '\r')
            line = line[..^1];
        return newline < 0 ? block.Length : at + newline + 1;
    }

    /// <summary>The code in <c>HTTP/1.1 200 OK</c>; null when there are not three digits after the version.</summary>
    private static int? ParseStatus(ReadOnlySpan<byte> line)
    {
        var space = line.IndexOf((byte)' ');
        if (space < 0)
            return null;
        var code = line[(space + 1)..].TrimStart((byte)' ');
        if (code.Length < 3 || code[..3].ContainsAnyExceptInRange((byte)'0', (byte)'9') || code.Length > 3 && code[3] != ' ')
            return null;
        return (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
    }
}
