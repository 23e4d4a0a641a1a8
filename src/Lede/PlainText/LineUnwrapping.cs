namespace Lede.PlainText;

/// <summary>
/// Joins the lines of hard-wrapped paragraphs ("fold -w 72", an e-mail, a text browser's dump) back into one unit each.
/// A text is hard-wrapped when its blocks hold several lines and most of those lines, other than each block's last,
/// reach near the longest line's width (the wrap column, indentation counted); a scrape with a paragraph a line never
/// does, since its lines vary from a few words to many hundreds of characters.
/// </summary>
internal static class LineUnwrapping
{
    // Wrap columns in practice are 60–100; a text whose longest line is past this was not wrapped.
    private const int MaxWrapWidth = 110;

    // A wrapped line ends within about one long word of the column.
    private const double NearColumn = 0.7;

    public static List<TextLine> Unwrap(List<TextLine> lines)
    {
        int width = 0;
        foreach (var line in lines) width = Math.Max(width, Reach(line));
        if (width > MaxWrapWidth || width < 30 || !Wrapped(lines, width)) return lines;

        var joined = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && joined[^1] is var last && Continues(last, line, width))
            {
                int offset = last.Text.Length + 1;
                last.Source = last.Source.Append(line.Source, offset);
                last.Text = last.Text + " " + line.Text;
                last.Reach = Reach(line);
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    // The next line of the same block goes on the paragraph when the paragraph's last line reached the column and the
    // next line opens no item or heading of its own.
    private static bool Continues(TextLine last, TextLine line, int width)
        => last.Block == line.Block && (last.Reach ?? Reach(last)) >= width * NearColumn
           && line.Markup is LineMarkup.None && last.Markup is LineMarkup.None or LineMarkup.Bullet or LineMarkup.Ordered or LineMarkup.Quote;

    private static int Reach(TextLine line) => line.Indent + line.Text.Length;

    // Most lines followed by another of their block reach the column, and there are enough of them to tell.
    private static bool Wrapped(List<TextLine> lines, int width)
    {
        int continued = 0, nearColumn = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i + 1].Block != lines[i].Block) continue;
            continued++;
            if (Reach(lines[i]) >= width * NearColumn) nearColumn++;
        }
        return continued >= 3 && nearColumn * 10 >= continued * 7;
    }
}
