namespace Lede.PlainText;

/// <summary>
/// Joins the lines of hard-wrapped paragraphs ("fold -w 72", an e-mail, a terminal copy) back into one unit each. A text
/// is hard-wrapped when its blocks hold several lines and most of those lines, other than each block's last, reach near
/// the longest line's width (the wrap column); a scrape with a paragraph a line never does, since its lines vary
/// from a few words to many hundreds of characters.
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
        foreach (var line in lines) width = Math.Max(width, line.Text.Length);
        if (width > MaxWrapWidth || width < 30 || !Wrapped(lines, width)) return lines;

        var joined = new List<TextLine>(lines.Count);
        foreach (var line in lines)
        {
            if (joined.Count > 0 && joined[^1] is var last && last.Block == line.Block
                && last.Text.Length >= width * NearColumn && !BodyStructure.IsListItem(line.Text))
            {
                joined[^1] = last with { Text = last.Text + " " + line.Text };
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    // Most lines followed by another of their block reach the column, and there are enough of them to tell.
    private static bool Wrapped(List<TextLine> lines, int width)
    {
        int continued = 0, nearColumn = 0;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i + 1].Block != lines[i].Block) continue;
            continued++;
            if (lines[i].Text.Length >= width * NearColumn) nearColumn++;
        }
        return continued >= 3 && nearColumn * 10 >= continued * 7;
    }
}
