using Lede.Html;

namespace Lede.Metadata;

/// <summary>
/// Reads schema.org microdata (<c>itemprop</c>): author (its nested <c>name</c>, or its text), datePublished,
/// dateModified, headline and publisher. Properties inside comments and related-story lists are not the story's.
/// </summary>
internal static class Microdata
{
    public static MetadataFacts Read(PageScan scan, DateOrder order)
    {
        var facts = new MetadataFacts();
        var people = new List<string>();
        var organisations = new List<string>();
        Found<ArticleDate>? created = null;
        foreach (var (property, element) in scan.ItemProps)
        {
            if (property is not ("author" or "creator" or "datepublished" or "datecreated" or "datemodified" or "headline" or "publisher")
                || scan.InAside(element)) continue;
            switch (property)
            {
                case "author" or "creator":
                    AuthorNames.Read(NameOf(scan, element), people, organisations);
                    break;
                case "datepublished":
                    facts.Published ??= Date(scan, element, order, "itemprop=datePublished");
                    break;
                case "datecreated":
                    created ??= Date(scan, element, order, "itemprop=dateCreated");
                    break;
                case "datemodified":
                    facts.Modified ??= Date(scan, element, order, "itemprop=dateModified");
                    break;
                case "headline":
                    if (Value(scan, element) is { } headline) facts.Title ??= new Found<string>(headline, "itemprop=headline");
                    break;
                case "publisher":
                    if (NameOf(scan, element) is { } publisher && !MetaText.IsUrl(publisher)) facts.Publisher ??= new Found<string>(publisher, "itemprop=publisher");
                    break;
            }
        }
        // A draft is created before it is published: dateCreated stands in only when nothing says datePublished.
        facts.Published ??= created;
        if (people.Count > 0) facts.Authors = new Found<IReadOnlyList<string>>(people, "itemprop=author");
        if (organisations.Count > 0) facts.Organisations = new Found<string>(organisations[0], "itemprop=author (an organisation)");
        return facts;
    }

    // An item (itemscope) is named by its own itemprop=name; a plain property by its value.
    private static string? NameOf(PageScan scan, int element)
    {
        var page = scan.Page;
        if (page.HasAttribute(element, KnownNames.Itemscope))
        {
            foreach (var (property, inner) in scan.ItemProps)
                if (property == "name" && inner > element && page.IsWithin(inner, element)) return Value(scan, inner);
        }
        return Value(scan, element);
    }

    private static Found<ArticleDate>? Date(PageScan scan, int element, DateOrder order, string source)
        => DateText.Parse(Value(scan, element), order) is { } date ? new Found<ArticleDate>(date, source) : null;

    /// <summary>An itemprop's value as microdata defines it: content, datetime, or the element's text.</summary>
    public static string? Value(PageScan scan, int element)
    {
        var page = scan.Page;
        var attribute = page.Attribute(element, KnownNames.Content) ?? (page.NameOf(element) == KnownNames.Time ? page.Attribute(element, KnownNames.Datetime) : null);
        return attribute is not null ? MetaText.Clean(attribute) : scan.TextOf(element, 300);
    }
}
