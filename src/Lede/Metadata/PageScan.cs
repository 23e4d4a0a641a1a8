using System.Buffers;
using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

/// <summary>
/// One pass over the page's elements that gathers everything the metadata sources read: meta and link tags
/// (into a dictionary), JSON-LD scripts, microdata properties, headlines, &lt;time&gt; elements, and elements
/// whose class names a byline, a date or a standfirst. No source queries the document again.
/// </summary>
internal sealed partial class PageScan : IDisposable
{
    // Paragraphs this long are prose, not labels; a few of them are plenty to tell a language (the first ones may
    // stand in a menu or a cookie notice, and are skipped when the sample is taken).
    private const int MinSampleParagraph = 60;
    private const int MaxSampleParagraphs = 30;
    private const int MaxSubheadings = 40;

    private PageScan(PageDocument page) => Page = page;

    public PageDocument Page { get; }

    // Meta tags by the number of their lower-cased name (property, name or http-equiv) among MetaTags.Names, values in page order.
    private readonly List<string>?[] _meta = new List<string>?[MetaTags.NameCount];

    /// <summary>The values, in page order, of the meta tags with the name of this number (<see cref="MetaName"/>); null when there are none.</summary>
    public List<string>? MetaValues(int number) => _meta[number];

    /// <summary>The first href of each lower-cased link relation (canonical, license, image_src) on &lt;link&gt; and &lt;a&gt;.</summary>
    public Dictionary<string, string> Links { get; } = new(StringComparer.Ordinal);

    /// <summary>The text of each JSON-LD script: a slice of the page's markup, where the parser left it there (no copy).</summary>
    public List<ReadOnlyMemory<char>> JsonLd { get; } = [];

    /// <summary>
    /// Microdata properties (lower-cased) and the element carrying them, in page order. Read on first use, in a
    /// pass of its own over every element's attributes: most pages never need it, their JSON-LD and meta tags say it all.
    /// </summary>
    public List<(string Property, int Element)> ItemProps => _itemProps ??= ReadItemProps();

    private List<(string Property, int Element)>? _itemProps;
    private readonly List<(string Property, int Element)> _metaItemProps = [];

    public List<int> Headings { get; } = [];

    /// <summary>The first &lt;h2&gt; and &lt;h3&gt; elements: where the headline stands on pages whose &lt;h1&gt; is the logo.</summary>
    public List<int> Subheadings { get; } = [];

    /// <summary>The first elements of the body with some text of their own (paragraphs, or text between &lt;br&gt;s): a sample for language detection.</summary>
    public List<int> Paragraphs { get; } = [];
    public List<int> Times { get; } = [];
    /// <summary>Links (&lt;a&gt;) with rel=author.</summary>
    public List<int> RelAuthors => _relAuthors ??= ReadRelAuthors();

    private List<int>? _relAuthors;

    // The page's links (<a> in the body, SVG's too), in page order: gathered by the walk, looked at only when a source
    // asks (rel=author, rel=license, an author's page).
    private readonly List<int> _anchors = [];

    /// <summary>Per element: how much page text comes before it, a distance measure between elements (read up to <c>Page.Count</c>).</summary>
    public int[] TextBefore { get; private set; } = [];

    public string? HtmlLang { get; private set; }

    /// <summary>Gives the scan's tables back to their pools; the scan must not be read afterwards.</summary>
    public void Dispose()
    {
        if (TextBefore.Length > 0) ArrayPool<int>.Shared.Return(TextBefore);
        TextBefore = [];
    }

    public static PageScan Run(PageDocument page)
    {
        var scan = new PageScan(page);
        scan.Walk();
        return scan;
    }

    private void Walk()
    {
        var page = Page;
        int count = page.Count, body = page.Body;
        // Tables of the page's size, from the shared pools as the page's own are: given back by Dispose.
        var textBefore = TextBefore = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        var ownText = page.OwnText;
        if (count > 0 && page.NameOf(0) == KnownNames.Html)
            HtmlLang = page.Attribute(0, KnownNames.Lang) ?? page.Attribute(0, "xml:lang");
        int text = 0;
        for (int i = 0; i < count; i++)
        {
            textBefore[i] = text;
            text += ownText[i];
            switch (page.NameOf(i))
            {
                case KnownNames.Meta: ReadMeta(i); continue;
                case KnownNames.Link: ReadLink(i); continue;
                case KnownNames.Script:
                    if (page.AttributeSpan(i, KnownNames.Type, out _).Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        JsonLd.Add(ScriptText(i));
                    continue;
                case KnownNames.Style or KnownNames.Noscript or KnownNames.Template or KnownNames.Svg or KnownNames.Math or KnownNames.Select:
                    // Nothing in these subtrees is metadata but their links: skip them whole (an inline SVG icon can hold
                    // hundreds of paths).
                    int end = page.SubtreeEnd[i];
                    for (int j = i + 1; j < end; j++)
                    {
                        textBefore[j] = text;
                        if (page.NameOf(j) == KnownNames.A && j >= body) _anchors.Add(j);
                    }
                    text += page.Text[i] - ownText[i];
                    i = end - 1;
                    continue;
                case KnownNames.H1: Headings.Add(i); break;
                case KnownNames.H2 or KnownNames.H3:
                    if (Subheadings.Count < MaxSubheadings) Subheadings.Add(i);
                    break;
                case KnownNames.Time: Times.Add(i); break;
                case KnownNames.A:
                    if (i >= body) _anchors.Add(i);
                    break;
            }
            if (ownText[i] >= MinSampleParagraph && i >= body && Paragraphs.Count < MaxSampleParagraphs) Paragraphs.Add(i);
        }
    }

    // A script's text is one text node, most often the markup's own characters: handed on as they stand.
    private ReadOnlyMemory<char> ScriptText(int element)
    {
        var tree = Page.Tree;
        int child = tree[Page.NodeOf(element)].FirstChild;
        if (child >= 0 && tree[child].Kind == NodeKind.Text && tree[child].NextSibling < 0
            && tree[child].DataStart >= 0 && tree[child].DataStart + tree[child].DataLength <= tree.Text.SourceLength)
            return tree.Text.Markup.AsMemory(tree[child].DataStart, tree[child].DataLength);
        return Page.TextContent(element).AsMemory();
    }

    // One walk over the tag's attributes instead of a lookup per name; values become strings only when kept.
    private void ReadMeta(int i)
    {
        TextRange content = TextRange.Missing, keyRange = TextRange.Missing, itemprop = TextRange.Missing;
        foreach (var attribute in Page.AttributesOf(i))
        {
            switch (attribute.Name)
            {
                case KnownNames.Content: content = attribute.Value; break;
                case KnownNames.Property: keyRange = attribute.Value; break;
                case KnownNames.Name or KnownNames.HttpEquiv: if (!keyRange.Exists) keyRange = attribute.Value; break;
                case KnownNames.Itemprop: itemprop = attribute.Value; break;
            }
        }
        var text = Page.Tree.Text;
        if (!keyRange.Exists)
        {
            // <meta itemprop="datePublished" content="…"> is microdata wherever it stands.
            if (itemprop.Exists) AddItemProps(_metaItemProps, text.ToString(itemprop), i);
            return;
        }
        var value = text[content];
        if (value.IsWhiteSpace()) return;
        // Only the names a source reads are kept ("viewport", "theme-color", "fb:app_id" are most of a page's tags),
        // found lower-cased in a buffer: no string is made of a name.
        var key = text[keyRange].Trim();
        if (key.Length > MetaTags.LongestName) return;
        Span<char> lower = stackalloc char[MetaTags.LongestName];
        if (!MetaTags.Names.TryGetValue(lower[..key.ToLowerInvariant(lower)], out int number)) return;
        (_meta[number] ??= new List<string>(1)).Add(value.Trim().ToString());
    }

    // Only the relations a source reads; stylesheets, icons and preloads are most of a page's links.
    private static readonly HashSet<string> Relations = new(StringComparer.OrdinalIgnoreCase) { "canonical", "license", "image_src", "author", "amphtml" };

    private void ReadLink(int element)
    {
        var rel = Page.AttributeSpan(element, KnownNames.Rel, out bool hasRel);
        if (!hasRel) return;
        var lookup = Relations.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in rel.Split(' '))
        {
            var token = rel[range];
            if (token.IsEmpty || !lookup.Contains(token)) continue;
            var href = Page.AttributeSpan(element, KnownNames.Href, out _);
            if (href.IsWhiteSpace()) return;
            Links.TryAdd(token.ToString().ToLowerInvariant(), href.Trim().ToString());
        }
    }

    private List<int> ReadRelAuthors()
    {
        var found = new List<int>();
        foreach (int a in _anchors)
            if (HasRel(a, "author")) found.Add(a);
        return found;
    }

    /// <summary>Links (&lt;a&gt;) to an author's page: a path with a segment that names authors ("/author/jane-doe", "/experts/444").</summary>
    public List<int> AuthorPageLinks => _authorPageLinks ??= ReadAuthorPageLinks();

    private List<int>? _authorPageLinks;

    // The segments sites put before an author's page, in the seven languages and the usual English ones ("/author/…").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuthorSegments = new HashSet<string>(
        ["author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "autores", "experts", "expert",
         "people", "profile", "profiles", "staff", "writers", "writer", "journalist", "journalists", "redakteur", "reporter", "reporters",
         "columnists", "contributors", "by"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The same segments between slashes, searched for at once in an ASCII address (as nearly all are).
    private static readonly SearchValues<string> AuthorSegmentPaths =
        SearchValues.Create([.. AuthorSegments.Set.Select(s => "/" + s + "/")], StringComparison.OrdinalIgnoreCase);

    private List<int> ReadAuthorPageLinks()
    {
        var found = new List<int>();
        foreach (int a in _anchors)
        {
            if (Page.Text[a] is 0 or > 60) continue;
            if (IsAuthorPage(AnyAttributeSpan(a, KnownNames.Href))) found.Add(a);
        }
        return found;
    }

    // A path segment of the list with something after it: "/author/jane-doe", not "/authors/" (a list of all of them).
    private static bool IsAuthorPage(ReadOnlySpan<char> href)
    {
        if (System.Text.Ascii.IsValid(href))
        {
            // The first such segment: when it ends the address, so does every later one.
            int at = href.IndexOfAny(AuthorSegmentPaths);
            return at >= 0 && at + 1 + href[(at + 1)..].IndexOf('/') + 1 < href.Length;
        }
        for (int slash = href.IndexOf('/'); slash >= 0;)
        {
            int length = href[(slash + 1)..].IndexOf('/');
            if (length < 0) return false;
            int next = slash + 1 + length;
            if (next + 1 < href.Length && AuthorSegments.Contains(href.Slice(slash + 1, length))) return true;
            slash = next;
        }
        return false;
    }

    // A licence notice stands at the end of the story or in the page's footer: the last links are enough to look at.
    private const int LicenseReach = 100;

    /// <summary>The href of a link (&lt;a&gt;) near the end of the page with rel=license, the Creative Commons way of naming a licence.</summary>
    public string? LicenseAnchor()
    {
        for (int n = _anchors.Count - 1; n >= 0 && n >= _anchors.Count - LicenseReach; n--)
            if (HasRel(_anchors[n], "license")) return AnyAttribute(_anchors[n], KnownNames.Href)?.Trim();
        return null;
    }

    /// <summary>
    /// The value of the first attribute with this local name whatever its namespace, null when absent: an SVG link's
    /// <c>xlink:href</c> is its href, its <c>xlink:title</c> its title.
    /// </summary>
    public ReadOnlySpan<char> AnyAttributeSpan(int element, int name)
    {
        foreach (var attribute in Page.AttributesOf(element))
            if (attribute.Name == name) return Page.Tree.Text[attribute.Value];
        return [];
    }

    /// <inheritdoc cref="AnyAttributeSpan"/>
    public string? AnyAttribute(int element, int name)
    {
        foreach (var attribute in Page.AttributesOf(element))
            if (attribute.Name == name) return Page.Tree.Text.ToString(attribute.Value);
        return null;
    }

    private bool HasRel(int element, string rel)
    {
        var value = Page.AttributeSpan(element, KnownNames.Rel, out _);
        foreach (var range in value.Split(' '))
            if (value[range].Equals(rel, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private List<(string Property, int Element)> ReadItemProps()
    {
        var found = new List<(string, int)>();
        int m = 0;
        for (int i = 0; i < Page.Count; i++)
        {
            // Keep page order with the <meta itemprop> tags the main pass already saw.
            if (m < _metaItemProps.Count && _metaItemProps[m].Element == i) { found.Add(_metaItemProps[m++]); continue; }
            if (Page.NameOf(i) == KnownNames.Meta) continue;
            if (Page.Attribute(i, KnownNames.Itemprop) is { } itemprop) AddItemProps(found, itemprop, i);
        }
        return found;
    }

    private static void AddItemProps(List<(string, int)> list, string itemprop, int i)
    {
        foreach (var token in itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            list.Add((token.ToLowerInvariant(), i));
    }

    /// <summary>The page's &lt;title&gt;, cleaned (<see cref="MetaText.Clean"/>); read once.</summary>
    public string? Title
    {
        get
        {
            if (!_titleRead) (_title, _titleRead) = (MetaText.Clean(Page.Title), true);
            return _title;
        }
    }

    private string? _title;
    private bool _titleRead;

    /// <summary>The first value of a meta tag (a name of <see cref="MetaTags.Names"/>), or null.</summary>
    public string? First(string key) => MetaTags.Names.TryGetValue(key, out int number) && _meta[number] is [var first, ..] ? first : null;
}
