namespace Lede.PlainText;

/// <summary>
/// Reads one input line: its indentation, the markup its first characters carry (a list or heading marker, a quote's
/// "&gt;", a text browser's picture or form field), paired emphasis marks inside it (<c>**bold**</c>, <c>_em_</c>) and
/// Markdown links (<c>[text](url)</c>, whose text stays). What remains is the line's text, every character as the input
/// has it, with a <see cref="SourceMap"/> back to the input. A blank line, or a drawn rule ("-----", "* * *"), reads as none.
/// </summary>
internal static class LineMarkupReader
{
    /// <summary>A tab indents as far as this many spaces.</summary>
    private const int TabColumns = 4;

    /// <summary>The line from <paramref name="start"/> to <paramref name="end"/> of <paramref name="input"/>; null when it is blank or a rule.</summary>
    public static TextLine? Read(string input, int start, int end, int number, int block)
    {
        int indent = 0, s = start;
        for (; s < end && IsBlank(input[s]); s++) indent += input[s] == '\t' ? TabColumns : 1;
        int e = end;
        while (e > s && IsBlank(input[e - 1])) e--;
        if (e == s || IsRule(input.AsSpan(s, e - s))) return null;

        var markup = LineMarkup.None;
        int level = 0;
        var span = input.AsSpan(s, e - s);
        if (span[0] == '\\' && span.Length > 1 && span[1] is '-' or '*' or '#' or '+' or '.' or '>') // html2text's escape of a leading mark
        {
            s++;
            span = span[1..];
        }
        else if (HeadingMarker(span, out level) is int heading and > 0)
        {
            markup = LineMarkup.Heading;
            s += heading;
            while (e > s && (input[e - 1] == '#' || IsBlank(input[e - 1]))) e--; // "## Title ##"
        }
        else if (ListMarker(span, out bool ordered) is int marker and > 0)
        {
            markup = ordered ? LineMarkup.Ordered : LineMarkup.Bullet;
            level = 1 + indent / 4;
            s += marker;
        }
        else if (span[0] == '>' && (span.Length == 1 || span[1] == ' '))
        {
            markup = LineMarkup.Quote;
            s += span.Length == 1 ? 1 : 2;
        }
        else if (IsWidget(span))
        {
            markup = LineMarkup.Widget;
        }
        while (s < e && IsBlank(input[s])) s++;
        if (s >= e) return null;
        var (text, map) = InlineMarks.Strip(input, s, e);
        if (text.Length == 0) return null;
        return new TextLine(text, number, block, map) { Markup = markup, Level = level, Indent = indent };
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\f' or '\v' || (c > 127 && char.IsWhiteSpace(c));

    /// <summary>The length of a Markdown heading's marker ("## ") and its level; 0 when the line is none.</summary>
    internal static int HeadingMarker(ReadOnlySpan<char> line, out int level)
    {
        level = 0;
        while (level < line.Length && level < 7 && line[level] == '#') level++;
        if (level is 0 or 7 || level >= line.Length || line[level] != ' ') { level = 0; return 0; }
        return level + 1;
    }

    /// <summary>The length of a list item's marker and the space after it ("- ", "• ", "* ", "+ ", "1. ", "2) "); 0 when it has none.</summary>
    public static int ListMarker(ReadOnlySpan<char> text, out bool ordered)
    {
        ordered = false;
        if (text.Length < 3) return 0;
        if (text[0] is '-' or '•' or '*' or '+' or '–' or '·' or '▪' or '◦' or '‣' or '●' or '■' or '○' && text[1] == ' ')
            return 2;
        int digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || digits + 2 > text.Length || text[digits] is not ('.' or ')') || text[digits + 1] != ' ') return 0;
        ordered = true;
        return digits + 2;
    }

    // "-----", "*****", "=====", "___", "* * *", "---|---": a drawn separator or a Markdown table's rule, read as a blank line.
    private static bool IsRule(ReadOnlySpan<char> line)
    {
        if (line.Length < 3) return false;
        bool pipe = false;
        foreach (char c in line)
        {
            if (c == '|') { pipe = true; continue; }
            if (c is not ('-' or '*' or '=' or '_' or '~' or '#' or '–' or '—' or ' ' or ':')) return false;
        }
        return !pipe || line.Contains('-');
    }

    // A text browser's stand-ins for what is not text: "[photo.jpg]", "[IMG]", "(BUTTON) Search", "____________",
    // "IFRAME: https://…", and Markdown's picture "![alt](src)".
    private static bool IsWidget(ReadOnlySpan<char> line)
    {
        if (line[0] == '[' && line[^1] == ']' && line.IndexOf(']') == line.Length - 1) return true;
        if (line.StartsWith("![", StringComparison.Ordinal) && line.EndsWith(")", StringComparison.Ordinal)) return true;
        if (line.StartsWith("(BUTTON)", StringComparison.Ordinal) || line.StartsWith("IFRAME:", StringComparison.Ordinal)) return true;
        return line.StartsWith("____", StringComparison.Ordinal);
    }
}
