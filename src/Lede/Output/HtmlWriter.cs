using System.Text;
using Lede.Output.Html;

namespace Lede;

/// <summary>
/// Writes an article as a minimal, safe HTML document: only the story's elements (headings, paragraphs, lists, quotes,
/// tables, code, figures, links, emphasis, code spans, line breaks), only the attributes they need (<c>href</c>,
/// <c>src</c>, <c>alt</c>, <c>width</c>, <c>height</c>, <c>datetime</c>, <c>lang</c>, a code block's
/// <c>class="language-…"</c>), every address absolute http(s) (or <c>mailto:</c> for links), no script, style or event
/// handler, and every text escaped — so it can be shown as it is, whatever page it came from.
/// </summary>
public static class HtmlWriter
{
    /// <summary>The article as HTML.</summary>
    /// <param name="article">The article.</param>
    /// <param name="options">What to write besides the body; <see cref="HtmlOptions.Default"/> when null.</param>
    public static string Write(Article article, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        options ??= HtmlOptions.Default;
        var html = new StringBuilder(article.Text.Length * 5 / 4 + 512);
        if (options.Document) AppendHead(html, article);
        html.Append("<article>\n");
        bool header = options.IncludeHeader && AppendHeader(html, article);
        new HtmlBlockWriter(html, options, header ? HeadingLevels.ShiftBelowTitle(article.Blocks) : 0).AppendBlocks(article.Blocks);
        html.Append("</article>\n");
        if (options.Document) html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendHead(StringBuilder html, Article article)
    {
        html.Append("<!DOCTYPE html>\n<html");
        if (HtmlText.LanguageTag(article.Language) is { } lang) html.Append(" lang=\"").Append(lang).Append('"');
        html.Append(">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        HtmlText.Append(html, article.Title ?? "");
        html.Append("</title>\n");
        if (HtmlText.WebAddress(article.CanonicalUrl ?? article.Url, allowMail: false) is { } canonical)
        {
            html.Append("<link rel=\"canonical\" href=\"");
            HtmlText.AppendAttribute(html, canonical);
            html.Append("\">\n");
        }
        html.Append("</head>\n<body>\n");
    }

    // The title, standfirst, authors and date; false when the article has none of them.
    private static bool AppendHeader(StringBuilder html, Article article)
    {
        bool title = !string.IsNullOrWhiteSpace(article.Title), standfirst = !string.IsNullOrWhiteSpace(article.Standfirst);
        bool byline = article.Authors.Count > 0 || article.Published is not null;
        if (!title && !standfirst && !byline) return false;
        html.Append("<header>\n");
        if (title)
        {
            html.Append("<h1>");
            HtmlText.Append(html, article.Title!.Trim());
            html.Append("</h1>\n");
        }
        if (standfirst)
        {
            html.Append("<p><strong>");
            HtmlText.Append(html, article.Standfirst!.Trim());
            html.Append("</strong></p>\n");
        }
        if (byline)
        {
            html.Append("<p>");
            if (article.Authors.Count > 0) HtmlText.Append(html, "By " + string.Join(", ", article.Authors));
            if (article.Published is { } published)
            {
                if (article.Authors.Count > 0) html.Append(" · ");
                html.Append("<time datetime=\"");
                HtmlText.AppendAttribute(html, published.ToString());
                html.Append("\">");
                HtmlText.Append(html, published.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                html.Append("</time>");
            }
            html.Append("</p>\n");
        }
        html.Append("</header>\n");
        return title;
    }
}
