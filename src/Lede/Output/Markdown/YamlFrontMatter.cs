using System.Text;

namespace Lede;

/// <summary>
/// Writes an article's metadata as a YAML front-matter block (<c>---</c> … <c>---</c>), the form static-site
/// generators and note tools read: one key per field with the JSON names, in the JSON order, fields without a value
/// left out, lists as block sequences, dates as ISO 8601. The page's kind is written only when it is not an article
/// (<c>kind: listing</c>): a reader of Markdown takes a document for an article, and the confidence is for programs (JSON).
/// </summary>
internal static class YamlFrontMatter
{
    /// <summary>Appends the block; returns false (and appends nothing) when the article has no metadata at all.</summary>
    public static bool Append(StringBuilder sb, Article article)
    {
        int start = sb.Length;
        sb.Append("---\n");
        int fields = sb.Length;
        if (article.Kind != ArticleKind.Article) Field(sb, "kind", article.Kind.ToString().ToLowerInvariant());
        Field(sb, "title", article.Title);
        Field(sb, "standfirst", article.Standfirst);
        Field(sb, "description", article.Description);
        List(sb, "authors", article.Authors);
        Date(sb, "published", article.Published);
        Date(sb, "modified", article.Modified);
        Field(sb, "siteName", article.SiteName);
        Field(sb, "publisher", article.Publisher);
        Field(sb, "url", article.Url);
        Field(sb, "canonicalUrl", article.CanonicalUrl);
        Field(sb, "language", article.Language);
        Field(sb, "section", article.Section);
        List(sb, "tags", article.Tags);
        Field(sb, "license", article.License);
        Field(sb, "mainImage", article.MainImage);
        if (sb.Length == fields)
        {
            sb.Length = start;
            return false;
        }
        sb.Append("---\n");
        return true;
    }

    private static void Field(StringBuilder sb, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        sb.Append(key).Append(": ");
        YamlScalar.Append(sb, value.Trim());
        sb.Append('\n');
    }

    // ISO 8601 dates are plain YAML timestamps ("2019-11-22T09:14:00-05:00"), which front-matter readers take as dates.
    private static void Date(StringBuilder sb, string key, ArticleDate? date)
    {
        if (date is null) return;
        sb.Append(key).Append(": ").Append(date.ToString()).Append('\n');
    }

    private static void List(StringBuilder sb, string key, IReadOnlyList<string>? values)
    {
        if (values is null || !values.Any(v => !string.IsNullOrWhiteSpace(v))) return;
        sb.Append(key).Append(":\n");
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            sb.Append("  - ");
            YamlScalar.Append(sb, value.Trim());
            sb.Append('\n');
        }
    }
}
