namespace Lede.PlainText;

/// <summary>
/// Reads a plain text into <see cref="TextLine"/>s, whatever layout its scraper left: a paragraph a line with or
/// without blank lines between, every text node on its own line, Markdown-ish (<c># </c> headings, <c>* </c> lists,
/// <c>**bold**</c>), a text browser's dump (indented paragraphs, <c>*</c> and <c>+</c> bullets, <c>[picture]</c> and
/// form-field lines) or hard-wrapped paragraphs. Line breaks are LF, CRLF or CR. Each line keeps its characters as the
/// input has them (ends trimmed); its markup is read off into <see cref="TextLine.Markup"/> by <see cref="LineMarkupReader"/>,
/// and a hard-wrapped text has its paragraphs joined back by <see cref="LineUnwrapping"/>.
/// </summary>
internal static class TextLines
{
    /// <summary>The lines of <paramref name="text"/>, each with its block (lines between blank lines) and its place in the input.</summary>
    public static List<TextLine> Read(string text, CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>();
        int number = 0, block = 0, at = 0;
        bool blankBefore = false;
        while (at < text.Length)
        {
            int end = text.AsSpan(at).IndexOfAny('\n', '\r');
            end = end < 0 ? text.Length : at + end;
            int start = at;
            at = end + (end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            if ((++number & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();

            var line = LineMarkupReader.Read(text, start, end, number, blankBefore ? block + 1 : block);
            if (line is null)
            {
                blankBefore = lines.Count > 0;
                continue;
            }
            if (blankBefore) block++;
            blankBefore = false;
            lines.Add(line);
        }
        return LineUnwrapping.Unwrap(lines);
    }

    /// <summary>True when the lines are set apart by blank lines (most blocks hold one or two lines), so a line's block tells what goes with it.</summary>
    public static bool SeparatedByBlankLines(IReadOnlyList<TextLine> lines)
        => lines.Count > 0 && lines[^1].Block >= 2 && (lines[^1].Block + 1) * 3 >= lines.Count;
}
