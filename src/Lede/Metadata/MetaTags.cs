namespace Lede.Metadata;

/// <summary>
/// Reads the page's &lt;meta&gt; and &lt;link&gt; tags, gathered by <see cref="PageScan"/>: OpenGraph, article:*,
/// Twitter cards, Dublin Core, the well-known date names of publishing systems, rel=canonical and rel=license.
/// For each field the names are tried in the order listed: the most specific first.
/// </summary>
internal static class MetaTags
{
    // Each name gets a number, in the order first listed: the page's values are kept by number (PageScan.MetaValues),
    // so reading a name is an array index, not a hashed lookup.
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal);

    private static readonly MetaName[] TitleNames = Named(["og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title"]);
    private static readonly MetaName[] DescriptionNames = Named(["description", "og:description", "twitter:description", "dc.description", "dcterms.description"]);
    private static readonly MetaName[] AuthorNames = Named(["author", "article:author", "og:article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "byline", "citation_author", "article.author", "authors"]);
    private static readonly MetaName[] PublishedNames = Named(
    [
        "article:published_time", "og:article:published_time", "og:published_time", "published_time", "article:published", "datepublished",
        "article.published", "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date", "published-date",
        "date.published", "dc.date.issued", "dcterms.issued", "dcterms.created", "dc.date.created", "dcterms.date", "dc.date", "date",
        "citation_publication_date", "citation_date", "originalpublicationdate", "article_date_original", "displaydate", "cxenseparse:recs:publishtime",
        "rnews:datepublished", "bt:pubdate", "pub_date", "release_date", "og:pubdate", "datecreated",
    ]);
    private static readonly MetaName[] ModifiedNames = Named(
    [
        "article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified",
        "dc.date.modified", "last-modified", "lastmod", "article.updated", "modified_time", "sailthru.lastmodified", "updated_time",
    ]);
    private static readonly MetaName[] SiteNames = Named(["og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:app:name:iphone"]);
    private static readonly MetaName[] PublisherNames = Named(["dc.publisher", "dcterms.publisher", "article:publisher", "publisher", "citation_publisher", "cxenseparse:publisher"]);
    private static readonly MetaName[] SectionNames = Named(["article:section", "og:article:section", "section", "parsely-section", "article.section", "sailthru.section", "category", "dc.subject"]);
    private static readonly MetaName[] TagNames = Named(["article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags", "article.tags"]);
    private static readonly MetaName[] LanguageNames = Named(["content-language", "dc.language", "dcterms.language", "language", "og:locale", "lang"]);
    private static readonly MetaName[] ImageNames = Named(["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail"]);
    private static readonly MetaName[] LicenseNames = Named(["dcterms.license", "dc.rights", "dcterms.rights", "license"]);
    private static readonly MetaName[] UrlNames = Named(["og:url", "twitter:url"]);

    /// <summary>
    /// Every name the sources read (here, and og:title, twitter:title and og:site_name in <see cref="TitleReader"/>), with
    /// its number: the only tags <see cref="PageScan"/> keeps. Looked up lower-cased, as a span of the page.
    /// </summary>
    internal static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Names = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many names there are: the numbers run from 0 to one less.</summary>
    internal static int NameCount => Numbers.Count;

    /// <summary>No name in <see cref="Names"/> is longer.</summary>
    internal const int LongestName = 40;

    private static MetaName[] Named(string[] names)
    {
        var named = new MetaName[names.Length];
        for (int n = 0; n < names.Length; n++)
        {
            Numbers.TryAdd(names[n], Numbers.Count);
            named[n] = new MetaName(names[n], Numbers[names[n]]);
        }
        return named;
    }

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
        foreach (var (name, number) in AuthorNames)
        {
            if (scan.MetaValues(number) is not { } values) continue;
            var (people, organisations) = Metadata.AuthorNames.ReadAll(values);
            if (people.Count > 0)
            {
                facts.Authors = new Found<IReadOnlyList<string>>(people, $"meta {name}");
                return;
            }
            if (organisations.Count > 0) facts.Organisations ??= new Found<string>(organisations[0], $"meta {name} (an organisation)");
        }
    }

    private static Found<string>? Text(PageScan scan, MetaName[] names, bool notUrl = false)
    {
        foreach (var (name, number) in names)
            if (scan.MetaValues(number) is { } values)
                foreach (var value in values)
                    if (MetaText.Clean(value) is { } text && !(notUrl && MetaText.IsUrl(text))) return new Found<string>(text, $"meta {name}");
        return null;
    }

    private static Found<ArticleDate>? Date(PageScan scan, MetaName[] names, DateOrder order)
    {
        foreach (var (name, number) in names)
            if (scan.MetaValues(number) is { } values)
                foreach (var value in values)
                    if (DateText.Parse(value, order) is { } date) return new Found<ArticleDate>(date, $"meta {name}");
        return null;
    }

    /// <summary>Every publication date the meta tags give, under any of the names, in the order of the names.</summary>
    public static IEnumerable<Found<ArticleDate>> AllPublished(PageScan scan, DateOrder order)
    {
        foreach (var (name, number) in PublishedNames)
            if (scan.MetaValues(number) is { } values)
                foreach (var value in values)
                    if (DateText.Parse(value, order) is { } date) yield return new Found<ArticleDate>(date, $"meta {name}");
    }

    private static Found<IReadOnlyList<string>>? Tags(PageScan scan)
    {
        foreach (var (name, number) in TagNames)
        {
            if (scan.MetaValues(number) is not { } values) continue;
            var list = MetaText.SplitList(values);
            if (list.Count > 0) return new Found<IReadOnlyList<string>>(list, $"meta {name}");
        }
        return null;
    }

    /// <summary>The language the meta tags declare (content-language, dc.language, og:locale).</summary>
    public static Found<string>? ReadLanguage(PageScan scan)
    {
        foreach (var (name, number) in LanguageNames)
            if (scan.MetaValues(number) is [var value, ..] && LanguageTags.Normalise(value) is { } tag) return new Found<string>(tag, $"meta {name}");
        return null;
    }

    private static Found<string>? LinkRel(PageScan scan, string rel)
        => scan.Links.TryGetValue(rel, out var href) ? new Found<string>(href, $"link rel={rel}") : null;

    // rel=license (a link or an anchor), else a licence meta tag that is a URL.
    private static Found<string>? LicenseLink(PageScan scan)
    {
        if (LinkRel(scan, "license") is { } link) return link;
        if (scan.LicenseAnchor() is { } anchor) return new Found<string>(anchor, "a rel=license");
        foreach (var (name, number) in LicenseNames)
            if (scan.MetaValues(number) is [var value, ..] && MetaText.IsUrl(value)) return new Found<string>(value, $"meta {name}");
        return null;
    }
}

/// <summary>A meta name a source reads, with its number among <see cref="MetaTags.Names"/>.</summary>
internal readonly record struct MetaName(string Name, int Number);
