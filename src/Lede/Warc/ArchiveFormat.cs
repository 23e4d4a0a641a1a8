namespace Lede.Warc;

/// <summary>Tells ARC from WARC by the first decompressed bytes.</summary>
internal static class ArchiveFormat
{
    /// <summary>
    /// True for ARC: a <c>filedesc://</c> file header, or a first line that parses as an ARC record header (files
    /// cut from a larger ARC). Anything else is read as WARC, so junk at the start is reported as junk.
    /// </summary>
    public static bool IsArc(ArchiveBuffer input)
    {
        var start = input.Peek(4096);
        while (!start.IsEmpty && start[0] is (byte)'\r' or (byte)'\n')
            start = start[1..];
        if (start.StartsWith("filedesc:"u8))
            return true;
        if (RecordLines.IsVersionLine(start))
            return false;
        var newline = start.IndexOf((byte)'\n');
        var line = newline < 0 ? start : start[..newline];
        return ArcHeaderLine.LooksLikeHeader(line) && ArcHeaderLine.Parse(line.TrimEnd((byte)'\r'), 1, out _) is not null;
    }
}
