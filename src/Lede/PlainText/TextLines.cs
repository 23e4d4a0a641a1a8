using System.Text;
using Lede.Content;

namespace Lede.PlainText;

/// <summary>
/// Reads a plain text into <see cref="TextLine"/>s. A scrape puts a paragraph on one line, with or without a blank line
/// between paragraphs; either way each non-blank line is a unit. Line breaks are LF, CRLF or CR; whitespace runs inside
/// a line are collapsed. A hard-wrapped text (every paragraph broken at a fixed width, blank lines between paragraphs)
/// has its paragraphs joined back by <see cref="LineUnwrapping"/>.
/// </summary>
internal static class TextLines
{
    /// <summary>The lines of <paramref name="text"/>, with the number of blank-line separated blocks they form.</summary>
    public static List<TextLine> Read(string text, CancellationToken cancellationToken)
    {
        var lines = new List<TextLine>();
        var sb = new StringBuilder();
        int number = 0, block = 0;
        bool blankBefore = false;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny('\n', '\r');
            var raw = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
            if ((++number & 0xFF) == 0) cancellationToken.ThrowIfCancellationRequested();

            sb.Clear();
            TextMeasure.AppendCollapsed(sb, raw);
            var line = sb.ToString().Trim();
            if (line.Length == 0 || IsRule(line))
            {
                blankBefore = lines.Count > 0;
                continue;
            }
            if (blankBefore) block++;
            blankBefore = false;
            lines.Add(new TextLine(line, number, block));
        }
        return LineUnwrapping.Unwrap(lines);
    }

    /// <summary>True when the lines are set apart by blank lines (most blocks hold one or two lines), so a line's block tells what goes with it.</summary>
    public static bool SeparatedByBlankLines(IReadOnlyList<TextLine> lines)
        => lines.Count > 0 && lines[^1].Block >= 2 && (lines[^1].Block + 1) * 3 >= lines.Count;

    // "-----", "*****", "=====" and "___": a drawn separator, read as a blank line.
    private static bool IsRule(string line)
    {
        if (line.Length < 3) return false;
        foreach (char c in line)
            if (c is not ('-' or '*' or '=' or '_' or '~' or '#' or '–' or '—' or ' ')) return false;
        return true;
    }
}
