using Lede.Html;
using Lede.Pages;

namespace Lede.Content;

/// <summary>Tells data tables (rows and columns of facts) from layout tables (a page laid out in cells), and reads rows.</summary>
internal static class TableReading
{
    /// <summary>
    /// A data table has header cells, a caption or a thead, or is a grid of short cells; a table whose cells hold
    /// paragraphs, nested tables or long runs of text lays out a page and is read as a container instead.
    /// </summary>
    public static bool IsDataTable(PageDocument page, int table)
    {
        if (page.AttributeSpan(table, "role", out _) is "presentation") return false;
        int end = page.SubtreeEnd[table];
        int rows = 0, cells = 0, longest = 0;
        bool header = false;
        for (int i = table + 1; i < end; i++)
        {
            switch (page.Tag[i])
            {
                case "table" or "p" or "div" or "ul" or "ol" or "blockquote" or "h1" or "h2" or "h3":
                    if (page.Tag[i] is "table" || page.Text[i] > 200) return false;
                    break;
                case "tr": rows++; break;
                case "td": cells++; longest = Math.Max(longest, page.Text[i]); break;
                case "th" or "thead" or "caption": header = true; cells++; break;
            }
        }
        if (rows == 0) return false;
        if (longest > 400) return false;
        return header || (rows >= 2 && cells >= 2 * rows);
    }

    /// <summary>The rows of a table in order, looking through thead/tbody/tfoot but not into nested tables.</summary>
    public static List<int> Rows(PageDocument page, int table)
    {
        var rows = new List<int>();
        foreach (int child in page.ChildrenOf(table))
        {
            if (page.NameOf(child) == KnownNames.Tr) rows.Add(child);
            else if (page.NameOf(child) is KnownNames.Thead or KnownNames.Tbody or KnownNames.Tfoot)
                foreach (int row in page.ChildrenOf(child))
                    if (page.NameOf(row) == KnownNames.Tr) rows.Add(row);
        }
        return rows;
    }
}
