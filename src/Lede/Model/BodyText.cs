using System.Text;

namespace Lede;

/// <summary>
/// The body as plain text, in the one form <see cref="Article.Text"/> holds: quotation spans, the accuracy benchmark and
/// the plain-text writer all read this text, so its form belongs to the model, not to a writer.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Blocks are separated by one blank line; empty blocks are skipped. There is no trailing line break.</item>
/// <item>A heading or a paragraph is its text. Text is written as the model holds it (already normalised).</item>
/// <item>A list is one line per item, without bullets or numbers; a nested item is indented by two spaces per level.</item>
/// <item>A quote's blocks are written as blocks of their own, without quote marks.</item>
/// <item>A table is one row a line, its cells separated by a tab.</item>
/// <item>Code is written as is, less trailing line breaks.</item>
/// <item>A figure is left out, unless captions are asked for: then "caption — credit" is a paragraph of its own.</item>
/// </list>
/// </remarks>
internal static class BodyText
{
    private const string CaptionCreditSeparator = " — ";

    private const int MaxCachedChars = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? cached;

    /// <summary>The blocks as plain text.</summary>
    /// <param name="blocks">The body's blocks.</param>
    /// <param name="includeFigureCaptions">True to write each figure's caption and credit as a paragraph; false (the default) leaves figures out.</param>
    /// <remarks>
    /// Null parts (a block, a list's items, a table's rows) are read as absent rather than failing: the text is made
    /// whenever blocks are set, also while a hand-written JSON article is being read, before its shape is checked.
    /// </remarks>
    public static string Of(IReadOnlyList<Block>? blocks, bool includeFigureCaptions = false)
    {
        // One builder a thread, reused: the body text is made for every article, and a fresh builder's chunks are
        // as large again as the text itself. A builder grown past a long article's size is let go.
        var sb = cached ?? new StringBuilder(4096);
        cached = null;
        AppendBlocks(sb, blocks, includeFigureCaptions);
        var text = sb.ToString();
        if (sb.Capacity <= MaxCachedChars)
            cached = sb.Clear();
        return text;
    }

    private static void AppendBlocks(StringBuilder sb, IReadOnlyList<Block>? blocks, bool includeFigureCaptions)
    {
        if (blocks is null) return;
        for (int i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case HeadingBlock heading:
                    AppendTextBlock(sb, heading.Text);
                    break;
                case ParagraphBlock paragraph:
                    AppendTextBlock(sb, paragraph.Text);
                    break;
                case ListBlock list:
                    bool started = false;
                    AppendList(sb, list, depth: 0, ref started);
                    break;
                case QuoteBlock quote:
                    AppendBlocks(sb, quote.Blocks, includeFigureCaptions);
                    break;
                case TableBlock table:
                    AppendTable(sb, table);
                    break;
                case CodeBlock code:
                    AppendTextBlock(sb, (code.Text ?? "").AsSpan().TrimEnd("\r\n"));
                    break;
                case FigureBlock { Figure: not null } figure when includeFigureCaptions:
                    AppendCaption(sb, figure.Figure);
                    break;
            }
        }
    }

    private static void AppendTextBlock(StringBuilder sb, ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace()) return;
        StartBlock(sb);
        sb.Append(text);
    }

    // Opens a block: a blank line after whatever came before. Called only once there is text to write,
    // so a block that turns out empty leaves no stray separator.
    private static void StartBlock(StringBuilder sb)
    {
        if (sb.Length > 0) sb.Append("\n\n");
    }

    // One line per item; `started` tells the first line of the block (which opens it) from the rest.
    private static void AppendList(StringBuilder sb, ListBlock list, int depth, ref bool started)
    {
        for (int i = 0; i < (list.Items?.Count ?? 0); i++)
        {
            var item = list.Items![i];
            if (item is null) continue;
            if (!string.IsNullOrWhiteSpace(item.Text))
            {
                StartLine(sb, ref started);
                sb.Append(' ', depth * 2).Append(item.Text);
            }
            for (int c = 0; c < (item.Children?.Count ?? 0); c++)
                if (item.Children![c] is { } child) AppendList(sb, child, depth + 1, ref started);
        }
    }

    private static void AppendTable(StringBuilder sb, TableBlock table)
    {
        bool started = false;
        for (int r = 0; r < (table.Rows?.Count ?? 0); r++)
        {
            var cells = table.Rows![r]?.Cells;
            if (cells is null || IsBlankRow(cells)) continue;
            StartLine(sb, ref started);
            for (int c = 0; c < cells.Count; c++)
            {
                if (c > 0) sb.Append('\t');
                sb.Append(cells[c]);
            }
        }
    }

    private static bool IsBlankRow(IReadOnlyList<string> cells)
    {
        for (int c = 0; c < cells.Count; c++)
        {
            if (!string.IsNullOrWhiteSpace(cells[c])) return false;
        }
        return true;
    }

    private static void StartLine(StringBuilder sb, ref bool started)
    {
        if (started)
        {
            sb.Append('\n');
        }
        else
        {
            StartBlock(sb);
            started = true;
        }
    }

    private static void AppendCaption(StringBuilder sb, Figure figure)
    {
        bool hasCaption = !string.IsNullOrWhiteSpace(figure.Caption);
        bool hasCredit = !string.IsNullOrWhiteSpace(figure.Credit);
        if (!hasCaption && !hasCredit) return;
        StartBlock(sb);
        if (hasCaption) sb.Append(figure.Caption);
        if (hasCaption && hasCredit) sb.Append(CaptionCreditSeparator);
        if (hasCredit) sb.Append(figure.Credit);
    }
}
