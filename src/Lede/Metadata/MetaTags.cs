namespace Lede.Metadata;

/// <summary>
/// Reads the page's &lt;meta&gt; and &lt;link&gt; tags, gathered by <see cref="PageScan"/>: OpenGraph, article:*,
/// Twitter cards, Dublin Core, the well-known date names of publishing systems, rel=canonical and rel=license.
/// For each field the names are tried in the order listed: the most specific first.
/// </summary>
internal static class MetaTags
{
    private static readonly string[] TitleNames = ["og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title"];
    private static readonly string[] DescriptionNames = ["description", "og:description", "twitter:description", "dc.description", "dcterms.description"];
    private static readonly string[] AuthorNames = ["author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "byline", "citation_author", "article.author", "authors"];
    private static readonly string[] PublishedNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "published_time", "article:published", "datepublished",
        "article.published", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "published-date",
        "date.published", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dcterms.date", "dc.date", "date",
        "citation_publication_date", "citation_date", "originalpublicationdate", "article_date_original", "displaydate", "cxenseparse:recs:publishtime",
        "rnews:datepublished", "bt:pubdate", "pub_date", "release_date", "og:pubdate", "datecreated",
    ];
    private static readonly string[] ModifiedNames =
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
        "dc.date.modified", "last-modified", "lastmod", "article.updated", "modified_time", "sailthru.lastmodified", "updated_time",
    ];
    private static readonly string[] SiteNames = ["og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone"];
    private static readonly string[] PublisherNames = ["dc.publisher", "dcterms.publisher", "article:publisher", "publisher", "citation_publisher", "cxenseparse:publisher"];
    private static readonly string[] SectionNames = ["article:section", "og:article:section", "section", "parsely-section", "article.section", "sailthru.section", "category", "dc.subject"];
    private static readonly string[] TagNames = ["article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags", "article.tags"];
    private static readonly string[] LanguageNames = ["content-language", "dc.language", "dcterms.language", "language", "og:locale", "lang"];
    private static readonly string[] ImageNames = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail"];
    private static readonly string[] LicenseNames = ["dcterms.license", "dc.rights", "dcterms.rights", "license"];
    private static readonly string[] UrlNames = ["og:url", "twitter:url"];

    /// <summary>
    /// Every name the sources read (here, and og:title, twitter:title and og:site_name in <see cref="TitleReader"/>):
    /// the only tags <see cref="PageScan"/> keeps. Looked up lower-cased, as a span of the page.
    /// </summary>
    internal static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Names = new HashSet<string>(
        [.. TitleNames, .. DescriptionNames, .. AuthorNames, .. PublishedNames, .. ModifiedNames, .. SiteNames, .. PublisherNames,
         .. SectionNames, .. TagNames, .. LanguageNames, .. ImageNames, .. LicenseNames, .. UrlNames], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No name in <see cref="Names"/> is longer.</summary>
    internal const int LongestName = 40;

    public static MetadataFacts Read(PageScan scan, DateOrder order)
    {
        var facts = new MetadataFacts
        {
            Title = Text(scan, TitleNames),
            Description = Text(scan, DescriptionNames),
            Published = Date(scan, PublishedNames, order),
            Modified = Date(scan, ModifiedNames, order),
            SiteName = Text(scan, SiteNames),
            Publisher = Text(scan, PublisherNames, notUrl: true),
            Section = Text(scan, SectionNames),
            Tags = Tags(scan),
            Language = ReadLanguage(scan),
            Image = Text(scan, ImageNames) ?? LinkRel(scan, "image_src"),
            Url = LinkRel(scan, "canonical") ?? Text(scan, UrlNames),
            License = LicenseLink(scan),
        };
        ReadAuthors(scan, facts);
        return facts;
    }

    private static void ReadAuthors(PageScan scan, MetadataFacts facts)
    {
        foreach (var name in AuthorNames)
        {
            if (!scan.Meta.TryGetValue(name, out var values)) continue;
            var (people, organisations) = Metadata.AuthorNames.ReadAll(values);
            if (people.Count > 0)
            {
                facts.Authors = new Found<IReadOnlyList<string>>(people, $"meta {name}");
                return;
            }
            if (organisations.Count > 0) facts.Organisations ??= new Found<string>(organisations[0], $"meta {name} (an organisation)");
        }
    }

    private static Found<string>? Text(PageScan scan, string[] names, bool notUrl = false)
    {
        foreach (var name in names)
            if (scan.Meta.TryGetValue(name, out var values))
                foreach (var value in values)
                    if (MetaText.Clean(value) is { } text && !(notUrl && MetaText.IsUrl(text))) return new Found<string>(text, $"meta {name}");
        return null;
    }

    private static Found<ArticleDate>? Date(PageScan scan, string[] names, DateOrder order)
    {
        foreach (var name in names)
            if (scan.Meta.TryGetValue(name, out var values))
                foreach (var value in values)
                    if (DateText.Parse(value, order) is { } date) return new Found<ArticleDate>(date, $"meta {name}");
        return null;
    }

    /// <summary>Every publication date the meta tags give, under any of the names, in the order of the names.</summary>
    public static IEnumerable<Found<ArticleDate>> AllPublished(PageScan scan, DateOrder order)
    {
        foreach (var name in PublishedNames)
            if (scan.Meta.TryGetValue(name, out var values))
                foreach (var value in values)
                    if (DateText.Parse(value, order) is { } date) yield return new Found<ArticleDate>(date, $"meta {name}");
    }

    private static Found<IReadOnlyList<string>>? Tags(PageScan scan)
    {
        foreach (var name in TagNames)
        {
            if (!scan.Meta.TryGetValue(name, out var values)) continue;
            var list = MetaText.SplitList(values);
            if (list.Count > 0) return new Found<IReadOnlyList<string>>(list, $"meta {name}");
        }
        return null;
    }

    /// <summary>The language the meta tags declare (content-language, dc.language, og:locale).</summary>
    public static Found<string>? ReadLanguage(PageScan scan)
    {
        foreach (var name in LanguageNames)
            if (scan.First(name) is { } value && LanguageTags.Normalise(value) is { } tag) return new Found<string>(tag, $"meta {name}");
        return null;
    }

    private static Found<string>? LinkRel(PageScan scan, string rel)
        => scan.Links.TryGetValue(rel, out var href) ? new Found<string>(href, $"link rel={rel}") : null;

    // rel=license (a link or an anchor), else a licence meta tag that is a URL.
    private static Found<string>? LicenseLink(PageScan scan)
    {
        if (LinkRel(scan, "license") is { } link) return link;
        if (scan.LicenseAnchor() is { } anchor) return new Found<string>(anchor, "a rel=license");
        foreach (var name in LicenseNames)
            if (scan.First(name) is { } value && MetaText.IsUrl(value)) return new Found<string>(value, $"meta {name}");
        return null;
    }
}
