using System.Text;

namespace Lede.Warc;

/// <summary>
/// The named fields of a WARC record that the reader uses (WARC 1.1 §4–5; 1.0 is the same here): names compared
/// without case, continuation lines (starting with a space or tab) folded into the field before them, values
/// trimmed. Every other field is passed over.
/// </summary>
internal sealed class WarcHeader
{
    private readonly string?[] _values = new string?[(int)Field.Count];

    private enum Field
    {
        None,
        Type,
        RecordId,
        TargetUri,
        Date,
        ContentType,
        ContentLength,
        Truncated,
        Count,
    }

    public string? Type => _values[(int)Field.Type];

    public string? RecordId => _values[(int)Field.RecordId];

    public string? TargetUri => _values[(int)Field.TargetUri];

    public string? Date => _values[(int)Field.Date];

    public string? ContentType => _values[(int)Field.ContentType];

    public string? ContentLength => _values[(int)Field.ContentLength];

    /// <summary>The <c>WARC-Truncated</c> reason (<c>length</c>, <c>time</c>…): the crawler kept only part of the payload.</summary>
    public string? Truncated => _values[(int)Field.Truncated];

    /// <summary>The Content-Length as a number; null when missing or not a plain decimal.</summary>
    public long? Length => ParseLength(ContentLength);

    /// <summary>
    /// Reads field lines up to and including the empty line that ends them. Null and a reason when the header is
    /// longer than <paramref name="maxBytes"/> or the data ends inside it.
    /// </summary>
    public static WarcHeader? Read(ArchiveBuffer input, int maxBytes, out string? error)
    {
        var header = new WarcHeader();
        var start = input.Position;
        var last = Field.None;
        while (true)
        {
            var left = maxBytes - (int)(input.Position - start);
            if (left <= 0 || !input.TryReadLine(left, out var line))
            {
                error = input.AtSegmentEnd
                    ? $"the record header is cut off after {input.Position - start} bytes"
                    : $"the record header is longer than {maxBytes} bytes";
                return null;
            }
            if (line.IsEmpty)
            {
                error = null;
                return header;
            }
            if (line[0] is (byte)' ' or (byte)'\t')
            {
                if (last != Field.None)
                    header._values[(int)last] += " " + Decode(line);
                continue;
            }
            var colon = line.IndexOf((byte)':');
            last = colon > 0 ? Identify(line[..colon].Trim(" \t"u8)) : Field.None;
            if (last != Field.None)
                header._values[(int)last] = Decode(line[(colon + 1)..]);
        }
    }

    /// <summary>A plain non-negative decimal (no sign, no spaces inside); null otherwise.</summary>
    internal static long? ParseLength(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 18)
            return null;
        long length = 0;
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
                return null;
            length = length * 10 + (c - '0');
        }
        return length;
    }

    private static string Decode(ReadOnlySpan<byte> value) => Encoding.UTF8.GetString(value.Trim(" \t"u8));

    private static Field Identify(ReadOnlySpan<byte> name) =>
        Is(name, "WARC-Type"u8) ? Field.Type
        : Is(name, "WARC-Record-ID"u8) ? Field.RecordId
        : Is(name, "WARC-Target-URI"u8) ? Field.TargetUri
        : Is(name, "WARC-Date"u8) ? Field.Date
        : Is(name, "Content-Type"u8) ? Field.ContentType
        : Is(name, "Content-Length"u8) ? Field.ContentLength
        : Is(name, "WARC-Truncated"u8) ? Field.Truncated
        : Field.None;

    private static bool Is(ReadOnlySpan<byte> name, ReadOnlySpan<byte> expected) => Ascii.EqualsIgnoreCase(name, expected);
}
