using System.Text;

namespace Lede;

/// <summary>Writes body blocks as Markdown, one blank line between blocks. One instance per block sequence.</summary>
internal sealed class MarkdownBlockWriter(MarkdownOptions options, int headingShift)
{
    // The kind of the last block written, when it was a list: a list of the same kind right after it must use the
    // other marker, or Markdown would merge the two lists into one.
    private ListMarker _previousList = ListMarker.None;

    private enum ListMarker { None, Dash, Star, Dot, Paren }

    public void AppendBlocks(StringBuilder sb, IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            int before = sb.Length;
            var listMarker = ListMarker.None;
            switch (block)
            {
                case HeadingBlock heading:
                    AppendHeading(sb, heading);
                    break;
                case ParagraphBlock paragraph:
                    AppendParagraph(sb, paragraph);
                    break;
                case ListBlock list:
                    listMarker = MarkerAfter(_previousList, list.Ordered);
                    bool started = false;
                    AppendList(sb, list, indent: 0, listMarker, ref started, options.IncludeLinks);
                    break;
                case QuoteBlock quote:
                    AppendQuote(sb, quote);
                    break;
                case TableBlock table:
                    AppendTable(sb, table);
                    break;
                case CodeBlock code:
                    AppendCode(sb, code);
                    break;
                case FigureBlock figure when options.IncludeFigures:
                    AppendFigure(sb, figure.Figure);
                    break;
            }
            if (sb.Length != before) _previousList = listMarker;
        }
    }

    private static ListMarker MarkerAfter(ListMarker previous, bool ordered) => (ordered, previous) switch
    {
        (true, ListMarker.Dot) => ListMarker.Paren,
        (true, _) => ListMarker.Dot,
        (false, ListMarker.Dash) => ListMarker.Star,
        (false, _) => ListMarker.Dash,
    };

    private static void StartBlock(StringBuilder sb)
    {
        if (sb.Length > 0) sb.Append("\n\n");
    }

    private void AppendHeading(StringBuilder sb, HeadingBlock heading)
    {
        if (string.IsNullOrWhiteSpace(heading.Text)) return;
        int level = Math.Min(Math.Clamp(heading.Level, 1, 6) + headingShift, 6);
        StartBlock(sb);
        sb.Append('#', level).Append(' ');
        MarkdownInlines.Append(sb, heading.Text, heading.Inlines, MarkdownTextKind.Heading, options.IncludeLinks);
    }

    private void AppendParagraph(StringBuilder sb, ParagraphBlock paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph.Text)) return;
        StartBlock(sb);
        MarkdownInlines.Append(sb, paragraph.Text, paragraph.Inlines, MarkdownTextKind.Block, options.IncludeLinks);
    }

    // Items go one a line (a tight list); a nested list is indented to its item's text, as CommonMark 5.2 requires.
    private static void AppendList(StringBuilder sb, ListBlock list, int indent, ListMarker marker, ref bool started, bool links)
    {
        int number = 1;
        foreach (var item in list.Items)
        {
            bool hasText = !string.IsNullOrWhiteSpace(item.Text);
            if (!hasText && !AnyHasItems(item.Children)) continue;
            if (started) sb.Append('\n');
            else StartBlock(sb);
            started = true;

            sb.Append(' ', indent);
            int markerStart = sb.Length;
            switch (marker)
            {
                case ListMarker.Dot: sb.Append(number++).Append('.'); break;
                case ListMarker.Paren: sb.Append(number++).Append(')'); break;
                case ListMarker.Star: sb.Append('*'); break;
                default: sb.Append('-'); break;
            }
            int childIndent = indent + sb.Length - markerStart + 1;
            if (hasText)
            {
                sb.Append(' ');
                MarkdownInlines.Append(sb, item.Text, item.Inlines, MarkdownTextKind.Block, links);
            }

            var previousChild = ListMarker.None;
            foreach (var child in item.Children)
            {
                if (!HasItems(child)) continue;
                previousChild = MarkerAfter(previousChild, child.Ordered);
                AppendList(sb, child, childIndent, previousChild, ref started, links);
            }
        }
    }

    // Whether a list would write any line: an item with text, at any depth.
    private static bool HasItems(ListBlock list)
    {
        foreach (var item in list.Items)
        {
            if (!string.IsNullOrWhiteSpace(item.Text) || AnyHasItems(item.Children)) return true;
        }
        return false;
    }

    private static bool AnyHasItems(IReadOnlyList<ListBlock> lists)
    {
        foreach (var list in lists)
        {
            if (HasItems(list)) return true;
        }
        return false;
    }

    // The quote's blocks are written on their own, then every line is prefixed, so any block can sit inside.
    private void AppendQuote(StringBuilder sb, QuoteBlock quote)
    {
        var inner = new StringBuilder();
        new MarkdownBlockWriter(options, headingShift).AppendBlocks(inner, quote.Blocks);
        if (inner.Length == 0) return;
        StartBlock(sb);
        bool firstLine = true;
        foreach (var chunk in inner.GetChunks())
        {
            foreach (char c in chunk.Span)
            {
                if (firstLine)
                {
                    sb.Append('>');
                    if (c != '\n') sb.Append(' ');
                    firstLine = false;
                }
                sb.Append(c);
                if (c == '\n') firstLine = true;
            }
        }
    }

    private void AppendTable(StringBuilder sb, TableBlock table)
    {
        int columns = 0;
        bool hasText = false;
        foreach (var row in table.Rows)
        {
            columns = Math.Max(columns, row.Cells.Count);
            foreach (var cell in row.Cells) hasText |= !string.IsNullOrWhiteSpace(cell);
        }
        if (!hasText) return;

        StartBlock(sb);
        // GFM needs a header row; the first row takes that place whether or not the page marked it as one.
        AppendRow(sb, table.Rows[0], columns);
        sb.Append("\n|");
        for (int c = 0; c < columns; c++) sb.Append(" --- |");
        for (int r = 1; r < table.Rows.Count; r++)
        {
            sb.Append('\n');
            AppendRow(sb, table.Rows[r], columns);
        }
    }

    private void AppendRow(StringBuilder sb, TableRow row, int columns)
    {
        var cells = row.Cells;
        sb.Append('|');
        for (int c = 0; c < columns; c++)
        {
            var cell = c < cells.Count ? cells[c].AsSpan().Trim() : default;
            sb.Append(' ');
            if (!cell.IsEmpty)
            {
                var runs = c < row.CellInlines.Count ? row.CellInlines[c] : [];
                MarkdownInlines.Append(sb, cells[c], runs, MarkdownTextKind.TableCell, options.IncludeLinks);
                sb.Append(' ');
            }
            sb.Append('|');
        }
    }

    private static void AppendCode(StringBuilder sb, CodeBlock code)
    {
        var text = code.Text.AsSpan().TrimEnd("\r\n");
        if (text.IsWhiteSpace()) return;
        // CommonMark 4.5: the closing fence must be at least as long as the opening one, and a run inside
        // the code shorter than the fence cannot close it. The info string names the language.
        int fence = Math.Max(3, LongestRun(text, '`') + 1);
        StartBlock(sb);
        sb.Append('`', fence).Append(CodeLanguageName.Safe(code.Language)).Append('\n').Append(text).Append('\n').Append('`', fence);
    }

    private static int LongestRun(ReadOnlySpan<char> text, char c)
    {
        int longest = 0, run = 0;
        foreach (char ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }

    private static void AppendFigure(StringBuilder sb, Figure figure)
    {
        var src = figure.Src.AsSpan().Trim();
        var caption = figure.Caption.AsSpan().Trim();
        var credit = figure.Credit.AsSpan().Trim();
        if (src.IsEmpty && caption.IsEmpty && credit.IsEmpty) return;
        StartBlock(sb);
        if (!src.IsEmpty)
        {
            sb.Append("![");
            MarkdownEscaper.Append(sb, figure.Alt.AsSpan().Trim(), MarkdownTextKind.LinkText);
            sb.Append("](");
            AppendDestination(sb, src);
            sb.Append(')');
            if (caption.IsEmpty && credit.IsEmpty) return;
            sb.Append('\n');
        }
        if (!caption.IsEmpty)
        {
            sb.Append('*');
            MarkdownEscaper.Append(sb, caption, MarkdownTextKind.Emphasis);
            sb.Append('*');
            if (!credit.IsEmpty) sb.Append(' ');
        }
        if (!credit.IsEmpty)
        {
            sb.Append('(');
            MarkdownEscaper.Append(sb, credit, MarkdownTextKind.Emphasis);
            sb.Append(')');
        }
    }

    // CommonMark 6.3: a destination with blanks or angle brackets needs the <…> form; otherwise parentheses
    // and backslashes are escaped so they cannot end it.
    internal static void AppendDestination(StringBuilder sb, ReadOnlySpan<char> src)
    {
        bool pointy = src.IndexOfAny(" \t<>") >= 0;
        if (pointy) sb.Append('<');
        foreach (char c in src)
        {
            if (c is '\n' or '\r') continue;
            bool escape = pointy ? c is '<' or '>' or '\\' : c is '(' or ')' or '\\';
            if (escape) sb.Append('\\');
            sb.Append(c);
        }
        if (pointy) sb.Append('>');
    }
}
