using System.Buffers;

namespace Lede.Input;

/// <summary>
/// The C0 control characters a page's text should not hold (a stray byte from a CMS bug, a word processor's vertical
/// tab), replaced after decoding so that they never reach an article. A browser shows such a page and the reader
/// never sees the bytes; the extractor should not refuse it, nor copy them into its output.
/// </summary>
internal static class ControlCharacters
{
    // All C0 controls but tab, line feed, form feed and carriage return, which are HTML white space.
    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>
    /// Replaces, in place, each control character of decoded markup with U+0000, which the HTML parser drops from text
    /// and turns into U+FFFD in attribute values, as it does a NUL; a vertical tab, a line break in a word processor,
    /// becomes a space. The length does not change.
    /// </summary>
    public static void ScrubMarkup(Span<char> markup)
    {
        for (int at; (at = markup.IndexOfAny(Controls)) >= 0; markup = markup[(at + 1)..])
            markup[at] = markup[at] == '\u000B' ? ' ' : '\0';
    }

    /// <summary>
    /// Plain text with each control character replaced by a space; the same string when it has none. The length does
    /// not change, so that the offsets of the article's input map still index the text as given.
    /// </summary>
    public static string ScrubText(string text)
    {
        if (text.AsSpan().IndexOfAny(Controls) < 0)
            return text;
        return string.Create(text.Length, text, static (chars, source) =>
        {
            source.CopyTo(chars);
            for (var rest = chars; rest.IndexOfAny(Controls) is var at and >= 0; rest = rest[(at + 1)..])
                rest[at] = ' ';
        });
    }
}
