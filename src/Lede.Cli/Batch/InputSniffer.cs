using System.IO.Compression;

namespace Lede.Cli.Batch;

/// <summary>
/// Tells what an input holds from its first bytes (decompressed when it is gzip), so that a file with any name,
/// or standard input, is read the right way. The bytes looked at are given back in front of the rest.
/// Two kinds go by the name first: <c>.arc</c> (an ARC record has no magic) and <c>.txt</c> (a text is a text,
/// whatever it starts with). A name of no known kind (or stdin) whose first 512 bytes hold no markup — no
/// <c>&lt;</c> opening a tag, a comment, a doctype or a processing instruction — is plain text; an
/// <c>.html</c>/<c>.htm</c> name stays a page.
/// </summary>
internal static class InputSniffer
{
    // Enough for a gzip header and the first deflate block of a record's first line.
    private const int PeekBytes = 64 * 1024;

    /// <summary>The kind of <paramref name="input"/>, and a stream that reads it from its first byte.</summary>
    public static (InputKind Kind, Stream Stream) Sniff(Stream input, string? name = null)
    {
        var prefix = new byte[PeekBytes];
        int length = ReadUpTo(input, prefix);
        var replay = new PrefixedStream(prefix.AsMemory(0, length), input);
        bool gzip = length >= 2 && prefix[0] == 0x1f && prefix[1] == 0x8b;
        var head = gzip ? Gunzipped(prefix.AsSpan(0, length)) : prefix.AsSpan(0, Math.Min(length, 512)).ToArray();
        // Damaged gzip: the archive reader is the one that knows how to step over damage.
        return (head is null ? InputKind.Archive : Classify(head, name), replay);
    }

    /// <summary>The stream of a JSONL or HTML input with its gzip undone, if it has one.</summary>
    public static Stream Decompressed(Stream replay)
    {
        var peek = replay is PrefixedStream prefixed ? prefixed.Prefix.Span : default;
        return peek.Length >= 2 && peek[0] == 0x1f && peek[1] == 0x8b ? new GZipStream(replay, CompressionMode.Decompress) : replay;
    }

    internal static InputKind Classify(ReadOnlySpan<byte> head, string? name)
    {
        if (name is not null && (name.EndsWith(".arc", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".arc.gz", StringComparison.OrdinalIgnoreCase)))
            return InputKind.Archive;
        if (name is not null && FileKinds.IsText(name))
            return InputKind.Text;
        var text = Skip(head);
        if (text.StartsWith("WARC/"u8) || text.StartsWith("filedesc://"u8))
            return InputKind.Archive;
        if (text.StartsWith("{"u8))
            return InputKind.Jsonl;
        return (name is not null && FileKinds.IsPage(name)) || HasMarkup(text) ? InputKind.Html : InputKind.Text;
    }

    // A tag, an end tag, a comment or doctype, a processing instruction: "<p", "</", "<!", "<?". A scrape's text may
    // hold a stray "<" ("a < b", "<3"), but hardly ever one followed by a letter in its first lines.
    private static bool HasMarkup(ReadOnlySpan<byte> head)
    {
        for (int at; (at = head.IndexOf((byte)'<')) >= 0; head = head[(at + 1)..])
        {
            if (at + 1 < head.Length && (char.IsAsciiLetter((char)head[at + 1]) || head[at + 1] is (byte)'/' or (byte)'!' or (byte)'?'))
                return true;
        }
        return false;
    }

    // A UTF-8 byte-order mark and white space come before what tells the kind.
    private static ReadOnlySpan<byte> Skip(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
            head = head[3..];
        int i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            i++;
        return head[i..];
    }

    private static byte[]? Gunzipped(ReadOnlySpan<byte> compressed)
    {
        var head = new byte[512];
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress);
            int length = ReadUpTo(gzip, head);
            return head[..length];
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int ReadUpTo(Stream stream, byte[] buffer)
    {
        int total = 0, read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            total += read;
        return total;
    }
}
