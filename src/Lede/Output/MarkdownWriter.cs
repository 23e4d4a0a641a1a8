using System.Text;

namespace Lede;

/// <summary>
/// Writes an article as GitHub Flavored Markdown. Text is escaped only where Markdown would read it as syntax,
/// so the rendered document shows exactly the article's text.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The title, when present and <see cref="MarkdownOptions.IncludeTitle"/> is set, is a <c># Title</c> line;
/// body headings are then shifted down so that the highest is level 2 (never past level 6).</item>
/// <item>Blocks are separated by one blank line, and the document ends with one line break (an article with nothing to
/// write gives the empty string).</item>
/// <item>Lists use <c>-</c> and <c>1.</c>, nested lists are indented under their item's text. Two lists of the same kind
/// in a row switch to <c>*</c> or <c>1)</c>, since Markdown would otherwise join them into one.</item>
/// <item>Quotes are <c>&gt; </c>-prefixed and may hold any blocks; tables are GFM pipe tables whose first row is the
/// header row (short rows are padded with empty cells); code is fenced with more backticks than it contains in a row.</item>
/// <item>A figure is <c>![alt](src)</c> with, on the next line, <c>*Caption* (Credit)</c>; either part is left out when
/// the figure has none.</item>
/// <item>With <see cref="MarkdownOptions.FrontMatter"/>, the document opens with a YAML block of the metadata
/// (<c>---</c> lines around <c>key: value</c> lines, the JSON names and order), then a blank line.</item>
/// <item>With <see cref="MarkdownOptions.IncludeQuotes"/>, a <c>## Quotes</c> section follows the body: one
/// <c>- “words” — Speaker (cue addressee, via medium)</c> line per quotation.</item>
/// <item>With <see cref="MarkdownOptions.IncludeRelated"/>, it closes with a <c>## Related</c> heading and one
/// <c>- [Title](url)</c> line per related link.</item>
/// </list>
/// </remarks>
public static class MarkdownWriter
{
    /// <summary>The article as Markdown.</summary>
    /// <param name="article">The article to write.</param>
    /// <param name="options">What to include besides the body; null for <see cref="MarkdownOptions.Default"/>.</param>
    public static string Write(Article article, MarkdownOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        options ??= MarkdownOptions.Default;
        var sb = new StringBuilder();
        int headingShift = 0;
        if (options.IncludeTitle && !string.IsNullOrWhiteSpace(article.Title))
        {
            sb.Append("# ");
            MarkdownEscaper.Append(sb, article.Title.AsSpan().Trim(), MarkdownTextKind.Heading);
            headingShift = HeadingLevels.ShiftBelowTitle(article.Blocks);
        }
        new MarkdownBlockWriter(options, headingShift).AppendBlocks(sb, article.Blocks);
        if (options.IncludeQuotes) MarkdownQuotes.Append(sb, article.Quotations);
        if (options.IncludeRelated) AppendRelated(sb, article.Related);
        if (sb.Length > 0) sb.Append('\n');
        if (!options.FrontMatter) return sb.ToString();

        var front = new StringBuilder();
        if (!YamlFrontMatter.Append(front, article)) return sb.ToString();
        if (sb.Length > 0) front.Append('\n').Append(sb);
        return front.ToString();
    }

    private static void AppendRelated(StringBuilder sb, IReadOnlyList<RelatedLink> related)
    {
        bool started = false;
        foreach (var link in related)
        {
            var title = link.Title.AsSpan().Trim();
            if (title.IsEmpty) continue;
            if (!started)
            {
                if (sb.Length > 0) sb.Append("\n\n");
                sb.Append("## Related\n");
                started = true;
            }
            sb.Append("\n- ");
            if (string.IsNullOrWhiteSpace(link.Url))
            {
                MarkdownEscaper.Append(sb, title, MarkdownTextKind.Block);
                continue;
            }
            sb.Append('[');
            MarkdownEscaper.Append(sb, title, MarkdownTextKind.LinkText);
            sb.Append("](");
            MarkdownBlockWriter.AppendDestination(sb, link.Url.AsSpan().Trim());
            sb.Append(')');
        }
    }
}
