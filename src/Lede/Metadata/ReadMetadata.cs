using Lede.Html;
using Lede.Extraction;
using Lede.Pages;

namespace Lede.Metadata;

/// <summary>
/// Stage 0, before anything is pruned: reads what the page says about the article. Each field is taken from the
/// most trusted source that has it — structured data (JSON-LD), then meta tags, then microdata, then the visible
/// page (bylines, datelines, the URL) — and the source that won is recorded in the trace.
/// </summary>
internal static class ReadMetadata
{
    public static void Run(ExtractionContext context)
    {
        var page = context.Page;
        using var scan = PageScan.Run(page);
        var jsonLd = JsonLd.Read(scan.JsonLd);
        var declared = First(Declared(scan), jsonLd.Language);
        var order = DateOrderFor(declared?.Value);
        var meta = MetaTags.Read(scan, order);
        // Microdata costs a pass over every element's attributes: read it only for what the other two leave out.
        bool needMicrodata = (jsonLd.Published ?? meta.Published) is null || (jsonLd.Authors ?? meta.Authors) is null;
        var micro = needMicrodata ? Microdata.Read(scan, order) : new MetadataFacts();
        var metadata = context.Metadata;
        var trace = new MetadataTrace(context);

        var (title, heading) = TitleReader.Read(scan, jsonLd.Title?.Value);
        metadata.Title = trace.Pick("title", title);
        context.Title = metadata.Title;
        var zone = new HeaderZone(scan, heading);

        metadata.Description = trace.Pick("description", First(meta.Description, jsonLd.Description));
        metadata.Standfirst = trace.Pick("standfirst", Standfirst.Read(scan, zone, metadata.Title, metadata.Description));

        // Dates: a date read from the visible page or the URL is refused when it is later than the dates the page declares.
        // A date after the capture time (a crawler's WARC-Date) is refused outright: the page cannot know it.
        var captured = new CaptureCeiling(context.Options.CapturedAt);
        var declaredDates = captured.Keep([jsonLd.Published, jsonLd.Modified, meta.Published, meta.Modified, micro.Published, micro.Modified]);
        // The address the page was read from, else the one it gives itself (canonical, og:url): either may hold the day.
        var fromUrl = captured.Keep(UrlDates.Read(context.Url) ?? OwnAddressDate(meta.Url, jsonLd.Url));
        // The dateline nearest the headline: read at most once, by whichever of the rules below first asks.
        var shownDate = new ShownDate(scan, zone, order);
        var modified = First(declaredDates[1], declaredDates[3], declaredDates[5]);
        var published = First(declaredDates[0], declaredDates[2], declaredDates[4]);
        if (published is null)
        {
            // The URL's date is when the address was made: a visible date after it is an update, not the publication.
            var ceiling = Latest([.. declaredDates, fromUrl]);
            published = First(NotAfter(captured.Keep(shownDate.Value), ceiling), fromUrl) ?? PageDates.Read(scan, order, captured);
        }
        published = LocalTwin.Apply(published, OtherDates(scan, order, shownDate, jsonLd));
        published = captured.Keep(ShownDay(published, zone, shownDate));
        metadata.Published = trace.Pick("published", published);
        metadata.Modified = trace.Pick("modified", modified);

        metadata.SiteName = trace.Pick<string>("siteName", SiteName(scan, jsonLd, meta) is { } site ? site with { Value = SiteNames.Clean(site.Value) } : null);
        var publisher = First(jsonLd.Publisher, meta.Publisher, micro.Publisher);

        var names = new OrganisationNames(metadata.SiteName, publisher?.Value);
        var authors = First(names.PeopleOnly(jsonLd.Authors), names.PeopleOnly(meta.Authors), names.PeopleOnly(micro.Authors));
        MetadataFacts? visible = null;
        if (authors is null)
        {
            visible = Bylines.Read(scan, zone);
            authors = names.PeopleOnly(visible.Authors);
        }
        publisher ??= First(jsonLd.Organisations, meta.Organisations, micro.Organisations, visible?.Organisations);
        metadata.Authors = trace.PickList("authors", authors);
        metadata.Publisher = trace.Pick("publisher", publisher);

        metadata.CanonicalUrl = trace.Pick("canonicalUrl", Canonical(context.Urls, context.Url, meta.Url, jsonLd.Url));
        metadata.MainImage = trace.Pick("mainImage", Resolved(context.Urls, First(jsonLd.Image, meta.Image)));
        metadata.Section = trace.Pick("section", First(jsonLd.Section, meta.Section));
        metadata.Tags = trace.PickList("tags", First(jsonLd.Tags, meta.Tags));
        metadata.License = trace.Pick("license", Resolved(context.Urls, First(jsonLd.License, meta.License)));
        metadata.Language = trace.Pick("language", LanguageDetection.Decide(scan, declared));
        metadata.ArticleBody = jsonLd.ArticleBody;
        metadata.DeclaredTypes = jsonLd.DeclaredTypes;
    }

    // A timestamp written for another time zone (or with a wrong offset) can fall on the day before or after the
    // one the page shows its readers; the dateline under the headline then says which day it is.
    private static Found<ArticleDate>? ShownDay(Found<ArticleDate>? published, HeaderZone zone, ShownDate shownDate)
    {
        if (published is not { Value.Time: not null } found || zone.Heading < 0) return published;
        if (shownDate.Value is not { } shown || shown.Value.Date == found.Value.Date) return published;
        int days = Math.Abs(shown.Value.Date.DayNumber - found.Value.Date.DayNumber);
        return days == 1 ? new Found<ArticleDate>(shown.Value, $"{shown.Source}, the day the page shows ({found.Source} says {found.Value})") : published;
    }

    // Read only as far as LocalTwin needs them (it stops at the first twin, and asks nothing of a date not in UTC):
    // the meta tags, the dateline, the other JSON-LD nodes' dates, then every <time datetime> of the page.
    private static IEnumerable<Found<ArticleDate>?> OtherDates(PageScan scan, DateOrder order, ShownDate shownDate, MetadataFacts jsonLd)
    {
        foreach (var date in MetaTags.AllPublished(scan, order)) yield return date;
        yield return shownDate.Value;
        foreach (var date in jsonLd.OtherDates) yield return date;
        foreach (int time in scan.Times)
            if (DateText.Parse(scan.Page.Attribute(time, KnownNames.Datetime), order) is { } date) yield return new Found<ArticleDate>(date, "a <time datetime>");
    }

    private static Found<ArticleDate>? OwnAddressDate(params ReadOnlySpan<Found<string>?> addresses)
    {
        foreach (var address in addresses)
            if (address is { } found && UrlDates.Read(MetaText.Clean(found.Value)) is { } date)
                return date with { Source = $"the page's own address ({found.Source})" };
        return null;
    }

    // <html lang>, then the meta tags (content-language, og:locale).
    private static Found<string>? Declared(PageScan scan)
    {
        if (LanguageTags.Normalise(scan.HtmlLang) is { } lang) return new Found<string>(lang, "<html lang>");
        return MetaTags.ReadLanguage(scan);
    }

    // All-number dates are month-first only in American English.
    private static DateOrder DateOrderFor(string? language)
        => language is "en" or "en-US" ? DateOrder.MonthFirst : DateOrder.DayFirst;

    // og:site_name, then the JSON-LD WebSite's or publisher's name, then application-name, then the site part of <title>.
    private static Found<string>? SiteName(PageScan scan, MetadataFacts jsonLd, MetadataFacts meta)
    {
        if (meta.SiteName is { Source: "meta og:site_name" } og && !MetaText.IsUrl(og.Value)) return og;
        return First(NotUrl(jsonLd.SiteName), NotUrl(jsonLd.Publisher), NotUrl(meta.SiteName))
            ?? (TitleReader.SitePart(scan.Title) is { } site ? new Found<string>(site, "the site part of <title>") : null);
    }

    private static Found<string>? Canonical(UrlResolver urls, string? pageUrl, Found<string>? fromMeta, Found<string>? fromJsonLd)
    {
        foreach (var candidate in (ReadOnlySpan<Found<string>?>)[fromMeta, fromJsonLd])
        {
            if (Resolved(urls, candidate) is not { } found || !Uri.TryCreate(found.Value, UriKind.Absolute, out var uri)) continue;
            // A canonical that points at a home page is a misconfigured template, not this article's address.
            if (uri.AbsolutePath.Length <= 1 && !IsHome(pageUrl)) continue;
            return found;
        }
        return null;
    }

    private static bool IsHome(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length <= 1;

    private static Found<string>? NotUrl(Found<string>? name) => name is { } found && !MetaText.IsUrl(found.Value) ? name : null;

    // Against the page URL and its <base href>, as the body's links and images are.
    private static Found<string>? Resolved(UrlResolver urls, Found<string>? link)
        => link is { } found && urls.Absolute(MetaText.Clean(found.Value)) is { } url ? new Found<string>(url, found.Source) : null;

    private static Found<ArticleDate>? NotAfter(Found<ArticleDate>? date, Found<ArticleDate>? ceiling)
    {
        if (date is not { } found || ceiling is not { } limit) return date;
        return found.Value.Date > limit.Value.Date ? null : date;
    }

    private static Found<ArticleDate>? Latest(Found<ArticleDate>?[] dates)
    {
        Found<ArticleDate>? latest = null;
        foreach (var date in dates)
            if (date is { } d && (latest is null || d.Value.Date > latest.Value.Value.Date)) latest = d;
        return latest;
    }

    private static Found<T>? First<T>(params ReadOnlySpan<Found<T>?> candidates)
    {
        foreach (var candidate in candidates)
            if (candidate is not null) return candidate;
        return null;
    }

    // VisibleDates.Read, at most once.
    private sealed class ShownDate(PageScan scan, HeaderZone zone, DateOrder order)
    {
        private Found<ArticleDate>? _value;
        private bool _read;

        public Found<ArticleDate>? Value
        {
            get
            {
                if (!_read) (_value, _read) = (VisibleDates.Read(scan, zone, order), true);
                return _value;
            }
        }
    }
}
