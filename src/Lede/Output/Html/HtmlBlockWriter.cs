using System.Globalization;
using System.Text;

namespace Lede.Output.Html;

/// <summary>Writes body blocks as HTML elements, one a line; inline runs as links, emphasis and code.</summary>
internal sealed class HtmlBlockWriter(StringBuilder html, HtmlOptions options, int headingShift)
{
    public void AppendBlocks(IReadOnlyList<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HeadingBlock heading when !string.IsNullOrWhiteSpace(heading.Text):
                    int level = Math.Min(Math.Clamp(heading.Level, 1, 6) + headingShift, 6);
                    html.Append("<h").Append(level).Append('>');
                    AppendInlines(heading.Text, heading.Inlines);
                    html.Append("</h").Append(level).Append(">\n");
                    break;
                case ParagraphBlock paragraph when !string.IsNullOrWhiteSpace(paragraph.Text):
                    html.Append("<p>");
                    AppendInlines(paragraph.Text, paragraph.Inlines);
                    html.Append("</p>\n");
                    break;
                case ListBlock list:
                    AppendList(list);
                    break;
                case QuoteBlock quote:
                    html.Append("<blockquote>\n");
                    AppendBlocks(quote.Blocks);
                    html.Append("</blockquote>\n");
                    break;
                case TableBlock table:
                    AppendTable(table);
                    break;
                case CodeBlock code when !string.IsNullOrWhiteSpace(code.Text):
                    html.Append("<pre><code");
                    if (CodeLanguageName.Safe(code.Language) is { } language) html.Append(" class=\"language-").Append(language).Append('"');
                    html.Append('>');
                    HtmlText.Append(html, code.Text.AsSpan().TrimEnd("\r\n"));
                    html.Append("</code></pre>\n");
                    break;
                case FigureBlock figure when options.IncludeFigures:
                    AppendFigure(figure.Figure);
                    break;
            }
        }
    }

    private void AppendList(ListBlock list)
    {
        if (list.Items.Count == 0) return;
        string tag = list.Ordered ? "ol" : "ul";
        html.Append('<').Append(tag).Append(">\n");
        foreach (var item in list.Items)
        {
            html.Append("<li>");
            AppendInlines(item.Text, item.Inlines);
            if (item.Children.Count > 0)
            {
                html.Append('\n');
                foreach (var child in item.Children) AppendList(child);
            }
            html.Append("</li>\n");
        }
        html.Append("</").Append(tag).Append(">\n");
    }

    private void AppendTable(TableBlock table)
    {
        if (table.Rows.Count == 0) return;
        html.Append("<table>\n");
        foreach (var row in table.Rows)
        {
            string cellTag = row.IsHeader ? "th" : "td";
            html.Append("<tr>");
            for (int c = 0; c < row.Cells.Count; c++)
            {
                html.Append('<').Append(cellTag).Append('>');
                AppendInlines(row.Cells[c], c < row.CellInlines.Count ? row.CellInlines[c] : []);
                html.Append("</").Append(cellTag).Append('>');
            }
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private void AppendFigure(Figure figure)
    {
        var src = HtmlText.WebAddress(figure.Src, allowMail: false);
        bool caption = !string.IsNullOrWhiteSpace(figure.Caption), credit = !string.IsNullOrWhiteSpace(figure.Credit);
        if (src is null && !caption && !credit) return;
        html.Append("<figure>\n");
        if (src is not null)
        {
            html.Append("<img src=\"");
            HtmlText.AppendAttribute(html, src);
            html.Append("\" alt=\"");
            HtmlText.AppendAttribute(html, figure.Alt ?? "");
            html.Append('"');
            if (figure.Width is > 0 and var width) html.Append(" width=\"").Append(width.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (figure.Height is > 0 and var height) html.Append(" height=\"").Append(height.ToString(CultureInfo.InvariantCulture)).Append('"');
            html.Append(">\n");
        }
        if (caption || credit)
        {
            html.Append("<figcaption>");
            if (caption) HtmlText.Append(html, figure.Caption!.Trim());
            if (caption && credit) html.Append(' ');
            if (credit)
            {
                html.Append("<small>");
                HtmlText.Append(html, figure.Credit!.Trim());
                html.Append("</small>");
            }
            html.Append("</figcaption>\n");
        }
        html.Append("</figure>\n");
    }

    // The text, or its runs when it has any: links absolute, nested inside-out as link > strong > em > code.
    private void AppendInlines(string text, IReadOnlyList<InlineRun> runs)
    {
        if (runs.Count == 0)
        {
            AppendText(text);
            return;
        }
        // Each run's checked target, once: runs side by side with one target make one link.
        var targets = new string?[runs.Count];
        if (options.IncludeLinks)
            for (int k = 0; k < runs.Count; k++) targets[k] = HtmlText.WebAddress(runs[k].Link, allowMail: true);
        for (int i = 0; i < runs.Count;)
        {
            var link = targets[i];
            int j = i + 1;
            while (j < runs.Count && targets[j] == link) j++;
            if (link is not null)
            {
                html.Append("<a href=\"");
                HtmlText.AppendAttribute(html, link);
                html.Append("\">");
            }
            for (int k = i; k < j; k++) AppendRun(runs[k]);
            if (link is not null) html.Append("</a>");
            i = j;
        }
    }

    private void AppendRun(InlineRun run)
    {
        if (run.Strong) html.Append("<strong>");
        if (run.Emphasis) html.Append("<em>");
        if (run.Code) html.Append("<code>");
        AppendText(run.Text);
        if (run.Code) html.Append("</code>");
        if (run.Emphasis) html.Append("</em>");
        if (run.Strong) html.Append("</strong>");
    }

    // A line break in the text is a <br>.
    private void AppendText(string text)
    {
        var rest = text.AsSpan();
        int newline;
        while ((newline = rest.IndexOf('\n')) >= 0)
        {
            HtmlText.Append(html, rest[..newline]);
            html.Append("<br>");
            rest = rest[(newline + 1)..];
        }
        HtmlText.Append(html, rest);
    }
}
