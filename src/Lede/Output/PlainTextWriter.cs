using System.Text;

namespace Lede;

/// <summary>Writes an article's body as plain text: one block a paragraph, separated by a blank line. (STUB)</summary>
public static class PlainTextWriter
{
    /// <summary>The body as plain text; figures are left out.</summary>
    public static string Write(Article article)
    {
        var sb = new StringBuilder();
        foreach (var block in article.Blocks)
        {
            string? text = block switch
            {
                HeadingBlock h => h.Text,
                ParagraphBlock p => p.Text,
                ListBlock l => string.Join("\n", l.Items.Select(i => i.Text)),
                QuoteBlock q => string.Join("\n\n", q.Blocks.OfType<ParagraphBlock>().Select(p => p.Text)),
                TableBlock t => string.Join("\n", t.Rows.Select(r => string.Join("\t", r.Cells))),
                CodeBlock c => c.Text,
                _ => null,
            };
            if (string.IsNullOrEmpty(text)) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            sb.Append(text);
        }
        return sb.ToString();
    }
}
