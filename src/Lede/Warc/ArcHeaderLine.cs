using System.Text;

namespace Lede.Warc;

/// <summary>
/// The one-line header of an ARC record (the Internet Archive's format before WARC). Version 1:
/// <c>URL IP-address Archive-date Content-type Archive-length</c>; version 2 adds result code, checksum,
/// location, offset and filename before the length. Fields are read from the right, so spaces in the URL (seen in
/// real files) stay part of it.
/// </summary>
internal sealed record ArcHeaderLine(string Url, string Date, string ContentType, long Length)
{
    /// <summary>The URL scheme of the file header record that opens every ARC file.</summary>
    public const string FileDescScheme = "filedesc:";

    public bool IsFileDesc => Url.StartsWith(FileDescScheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses a header line of the given ARC version; null and a reason when it is not one.</summary>
    public static ArcHeaderLine? Parse(ReadOnlySpan<byte> line, int version, out string? error)
    {
        var fields = Encoding.UTF8.GetString(line).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var after = version >= 2 ? 9 : 4;
        if (fields.Length < after + 1)
        {
            error = $"the ARC header has {fields.Length} fields, not {after + 1}";
            return null;
        }
        var n = fields.Length;
        var length = WarcHeader.ParseLength(fields[n - 1]);
        if (length is null)
        {
            error = $"the ARC header's length '{fields[n - 1]}' is not a number";
            return null;
        }
        error = null;
        return new ArcHeaderLine(string.Join(' ', fields[..(n - after)]), fields[n - after + 1], fields[n - after + 2], length.Value);
    }

    /// <summary>
    /// True when a line is meant as a record header (a URL first, five fields or more), so that failing to parse it
    /// is reported as a broken record rather than as stray bytes.
    /// </summary>
    public static bool LooksLikeHeader(ReadOnlySpan<byte> line)
    {
        var space = line.IndexOf((byte)' ');
        if (space <= 0 || line.Count((byte)' ') < 4)
            return false;
        var first = line[..space];
        return first.IndexOf("://"u8) > 0 || first.StartsWith("dns:"u8) || first.StartsWith("filedesc:"u8);
    }
}
