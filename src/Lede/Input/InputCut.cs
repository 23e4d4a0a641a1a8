namespace Lede.Input;

/// <summary>
/// Where to cut an input that is over the size limit: at the limit, moved back to the start of the last tag (or line,
/// for plain text) before it, so that the part read ends on a whole tag and a whole character.
/// </summary>
internal static class InputCut
{
    // How far back from the limit a boundary is looked for: a few lines of markup, little to lose, and a
    // page has a tag in any 4 KB but inline data.
    private const int Reach = 4096;

    /// <summary>
    /// The length of the part of <paramref name="bytes"/> to read: at most <paramref name="limit"/>. Called for input
    /// over the limit, or cut at it already (read from a stream up to the limit), so it backs off even at the end.
    /// </summary>
    /// <param name="bytes">The input.</param>
    /// <param name="limit">The size limit in bytes.</param>
    /// <param name="boundary">The byte a cut goes before: '&lt;' for markup, '\n' for plain text.</param>
    public static int Bytes(ReadOnlySpan<byte> bytes, long limit, byte boundary)
    {
        int cut = (int)Math.Min(limit, bytes.Length);
        // UTF-16 is cut between two code units; its markup bytes are not searched for.
        if (HtmlDecoder.Bom(bytes, out _) is { IsUtf16: true } || Utf16Sniff.Guess(bytes) is not null)
            return cut & ~1;
        int from = Math.Max(0, cut - Reach);
        int at = bytes[from..cut].LastIndexOf(boundary);
        if (at > 0 || (at == 0 && from > 0))
            return from + at;
        // No boundary near: at least no UTF-8 character is split. A lead byte in the last three whose sequence
        // runs past the cut goes, with what follows it.
        for (int back = 1; back <= 3 && back <= cut; back++)
        {
            byte b = bytes[cut - back];
            if ((b & 0xC0) != 0xC0)
                continue;
            int needs = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return needs > back ? cut - back : cut;
        }
        return cut;
    }

    /// <summary>The length of the part of <paramref name="text"/> to read, as <see cref="Bytes"/> for decoded text (counted in characters).</summary>
    public static int Chars(ReadOnlySpan<char> text, long limit, char boundary)
    {
        int cut = (int)Math.Min(limit, text.Length);
        int from = Math.Max(0, cut - Reach);
        int at = text[from..cut].LastIndexOf(boundary);
        if (at > 0 || (at == 0 && from > 0))
            return from + at;
        return cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }
}
