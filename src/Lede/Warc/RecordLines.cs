namespace Lede.Warc;

/// <summary>Finding WARC record starts: a version line (<c>WARC/1.0</c>, <c>WARC/1.1</c>, the drafts' <c>WARC/0.18</c>) at the start of a line.</summary>
internal static class RecordLines
{
    private static ReadOnlySpan<byte> Magic => "WARC/"u8;

    /// <summary>
    /// True when the bytes start with a version line. A line cut by the end of <paramref name="bytes"/> counts
    /// when at least <c>WARC/</c>, a digit and a dot are there.
    /// </summary>
    public static bool IsVersionLine(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith(Magic))
            return false;
        var rest = bytes[Magic.Length..];
        var major = Digits(rest);
        if (major == 0 || rest.Length == major || rest[major] != '.')
            return false;
        rest = rest[(major + 1)..];
        var minor = Digits(rest);
        if (minor == rest.Length)
            return true;
        return minor > 0 && rest[minor] is (byte)'\r' or (byte)'\n' or (byte)' ';
    }

    /// <summary>
    /// The index of the first version line at or after <paramref name="from"/> that starts a line (after a line
    /// feed; index 0 only when <paramref name="startsLine"/>); -1 when none.
    /// </summary>
    public static int Find(ReadOnlySpan<byte> bytes, int from, bool startsLine)
    {
        for (var at = from; at < bytes.Length;)
        {
            var hit = bytes[at..].IndexOf(Magic);
            if (hit < 0)
                return -1;
            at += hit;
            var lineStart = at == 0 ? startsLine : bytes[at - 1] == '\n';
            if (lineStart && IsVersionLine(bytes[at..]))
                return at;
            at++;
        }
        return -1;
    }

    /// <summary>
    /// How many bytes of junk to skip: through the first line feed, or up to a version line that starts before it
    /// (junk without a line end glued to the next record must not swallow it). At least one byte when any.
    /// </summary>
    public static int JunkLength(ReadOnlySpan<byte> bytes)
    {
        var newline = bytes.IndexOf((byte)'\n');
        var line = newline < 0 ? bytes : bytes[..newline];
        for (var at = 1; at < line.Length;)
        {
            var hit = line[at..].IndexOf(Magic);
            if (hit < 0)
                break;
            at += hit;
            if (IsVersionLine(bytes[at..]))
                return at;
            at++;
        }
        // Without a line feed, keep a tail back: a version line may be cut by the end of what was looked at.
        const int Tail = 16;
        return newline >= 0 ? newline + 1 : bytes.Length > Tail ? bytes.Length - Tail : bytes.Length;
    }

    /// <summary>
    /// Where a block that runs up to <paramref name="end"/> really ends: before the CRLF CRLF that should close it,
    /// or before up to four stray line-end bytes when a writer got that wrong.
    /// </summary>
    public static int EndBefore(ReadOnlySpan<byte> bytes, int end)
    {
        if (bytes[..end].EndsWith("\r\n\r\n"u8))
            return end - 4;
        var trimmed = end;
        while (trimmed > 0 && end - trimmed < 4 && bytes[trimmed - 1] is (byte)'\r' or (byte)'\n')
            trimmed--;
        return trimmed;
    }

    private static int Digits(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        while (count < bytes.Length && bytes[count] is >= (byte)'0' and <= (byte)'9')
            count++;
        return count;
    }
}
