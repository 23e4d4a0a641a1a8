using System.Text;

namespace Lede;

/// <summary>
/// Writes the optional "Quotes" section of the Markdown: one list item per quotation, the quoted words in curly marks,
/// then who said it and how: <c>- “I’m doing fine.” — Hilaria Baldwin (told Entertainment Tonight)</c>.
/// </summary>
internal static class MarkdownQuotes
{
    public static void Append(StringBuilder sb, IReadOnlyList<Quotation> quotations)
    {
        bool started = false;
        foreach (var quotation in quotations)
        {
            var text = quotation.Text.AsSpan().Trim();
            if (text.IsEmpty) continue;
            if (!started)
            {
                if (sb.Length > 0) sb.Append("\n\n");
                sb.Append("## Quotes\n");
                started = true;
            }
            sb.Append("\n- “");
            // Paragraph breaks inside a long quotation become spaces: one quotation, one list item.
            MarkdownEscaper.Append(sb, string.Join(' ', text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), MarkdownTextKind.TableCell);
            sb.Append('”');
            AppendAttribution(sb, quotation);
        }
    }

    private static void AppendAttribution(StringBuilder sb, Quotation quotation)
    {
        var speaker = quotation.Speaker?.Name ?? quotation.Speaker?.Mention;
        var how = new List<string>(3);
        if (quotation.Cue is { } cue) how.Add(quotation.Addressee is null ? cue.Verb : cue.Verb + " " + quotation.Addressee);
        else if (quotation.Addressee is not null) how.Add("to " + quotation.Addressee);
        if (quotation.Medium is not null) how.Add("via " + quotation.Medium);
        if (speaker is null && how.Count == 0) return;
        sb.Append(" —");
        if (speaker is not null)
        {
            sb.Append(' ');
            MarkdownEscaper.Append(sb, speaker, MarkdownTextKind.TableCell);
        }
        if (how.Count == 0) return;
        sb.Append(" (");
        MarkdownEscaper.Append(sb, string.Join(", ", how), MarkdownTextKind.TableCell);
        sb.Append(')');
    }
}
