namespace Lede.Cli.Commands;

/// <summary>
/// Tells a user who gives <c>lede extract</c> a WARC or ARC archive that <c>lede batch</c> is the command for it,
/// rather than extracting the archive's first bytes as one odd page. Known by name before reading (a crawl file
/// is usually past the size cap) and by content after (standard input, other names).
/// </summary>
internal static class ArchiveHint
{
    private static readonly string[] Extensions = [".warc", ".warc.gz", ".arc", ".arc.gz"];

    /// <summary>Throws the hint for an existing file named as an archive.</summary>
    /// <exception cref="IOException">The file is an archive.</exception>
    public static void CheckName(string input)
    {
        if (Extensions.Any(e => input.EndsWith(e, StringComparison.OrdinalIgnoreCase)) && File.Exists(input))
            throw Hint(input);
    }

    /// <summary>Throws the hint when the (gunzipped) bytes open as a WARC or ARC record does.</summary>
    /// <exception cref="IOException">The bytes are an archive.</exception>
    public static void CheckContent(string input, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
            bytes = bytes[3..];
        bytes = bytes.TrimStart(" \t\r\n"u8);
        if (bytes.StartsWith("WARC/"u8) || bytes.StartsWith("filedesc://"u8))
            throw Hint(input);
    }

    private static IOException Hint(string input)
    {
        var name = input == "-" ? "standard input" : input;
        return new IOException($"{name} is a WARC/ARC archive, not a page: use 'lede batch {input} -o OUTPUT' to extract its pages");
    }
}
