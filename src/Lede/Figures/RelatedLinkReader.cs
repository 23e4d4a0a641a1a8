using System.Text;
using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Extraction;

namespace Lede.Figures;

/// <summary>
/// Turns the links of a promo or a related block into <see cref="RelatedLink"/>s: the address resolved, the title
/// read from the link, each address once. Leaves out what is not a story: share and mail links, links to the page
/// itself or to a place in it, tag, category and author links, links in a menu, a footer or a share bar, and
/// labels such as "Read more".
/// </summary>
internal sealed class RelatedLinkReader(ExtractionContext context)
{
    /// <summary>
    /// An unlabelled link (in a teaser list or a related rail) is a story's headline only with at least this many
    /// words and characters: "Home", "Celebrity" and "Next page" are not.
    /// </summary>
    internal const int MinTeaserWords = 3;

    internal const int MinTeaserChars = 15;

    /// <summary>A link text longer than this wraps a whole teaser card (headline and excerpt); its heading is the title.</summary>
    internal const int MaxTitleChars = 200;

    private static readonly string[] NotStorySchemes = ["javascript:", "mailto:", "tel:", "sms:", "whatsapp:", "fb-messenger:", "viber:", "data:"];

    private static readonly System.Buffers.SearchValues<string> ShareAddresses = System.Buffers.SearchValues.Create(
    [
        "facebook.com/sharer", "facebook.com/share.php", "facebook.com/dialog", "twitter.com/intent", "twitter.com/share", "x.com/intent",
        "pinterest.com/pin/create", "linkedin.com/share", "linkedin.com/cws/share", "reddit.com/submit", "wa.me/", "api.whatsapp.com",
        "t.me/share", "telegram.me/share", "tumblr.com/share", "getpocket.com/save", "addthis.com", "sharethis.com", "vk.com/share",
        "news.ycombinator.com/submitlink", "flipboard.com/bookmarklet", "xing.com/spi/shares", "plus.google.com/share",
    ], StringComparison.OrdinalIgnoreCase);

    /// <summary>Class words of the parts of a block whose links are not stories: share bars, menus, tags, bylines, comments.</summary>
    private static readonly HashSet<string> NotStoryParts = new(StringComparer.Ordinal)
    {
        "share", "sharing", "social", "menu", "nav", "navigation", "breadcrumb", "breadcrumbs", "pagination", "pager", "tags", "tag",
        "category", "categories", "byline", "author", "comments", "comment", "footer", "subscribe", "newsletter",
    };

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly string? _self = WithoutFragment(context.Urls.Resolve(context.Url));
    private readonly StringBuilder _text = new();
    private readonly Stack<int> _walk = new();

    /// <summary>
    /// Adds the link as a related link when it is one. <paramref name="labelled"/>: a label ("Related:") says it points
    /// to a story, so any title will do; otherwise the title must read as a headline. <paramref name="within"/>: text
    /// the link's title must be part of (the promo line it stood in), when known. <paramref name="container"/>: the
    /// block the link was found in (its element number), where the walk up for a menu or share bar stops.
    /// </summary>
    public void Add(int anchor, bool labelled, RelatedPlacement placement, int container, string? within = null)
    {
        var page = context.Page;
        var href = page.Attribute(anchor, "href");
        if (string.IsNullOrWhiteSpace(href) || !IsStoryAddress(href.Trim())) return;
        var rel = page.AttributeSpan(anchor, "rel", out bool hasRel);
        if (hasRel && (rel.Contains("tag", StringComparison.OrdinalIgnoreCase) || rel.Contains("category", StringComparison.OrdinalIgnoreCase)
            || rel.Contains("author", StringComparison.OrdinalIgnoreCase)))
            return;
        if (Title(anchor) is not { } title) return;
        if (within is not null && !within.Contains(title, StringComparison.Ordinal)) return;
        if (!(labelled ? title.Length >= 2 : IsHeadline(title)) || !IsStoryTitle(title)) return;
        var url = context.Urls.Resolve(href)!;
        var key = WithoutFragment(url);
        if (key is null || key == _self || _seen.Contains(key)) return;
        if (InNotStoryPart(page, anchor, container)) return;
        _seen.Add(key);
        context.Related.Add(new RelatedLink(title, url, placement));
    }

    /// <summary>
    /// The link's title, whitespace collapsed; null when it has no text. A link that wraps a teaser card (a kicker, the
    /// headline, a byline or a time, each a block of its own) gives its heading, else its first line that reads as a
    /// headline, else its first line.
    /// </summary>
    public string? Title(int anchor)
    {
        var page = context.Page;
        var lines = Lines(anchor);
        if (lines.Count <= 1) return lines.Count == 0 || lines[0].Length > MaxTitleChars ? null : lines[0];
        int end = page.SubtreeEnd[anchor];
        for (int inner = anchor + 1; inner < end; inner++)
        {
            if (page.NameOf(inner) is not (KnownNames.H1 or KnownNames.H2 or KnownNames.H3 or KnownNames.H4 or KnownNames.H5 or KnownNames.H6)) continue;
            var heading = Collapse(page.TextContent(inner));
            if (heading.Length is > 0 and <= MaxTitleChars) return heading;
        }
        foreach (var line in lines)
            if (IsHeadline(line) && line.Length <= MaxTitleChars) return line;
        return lines[0].Length <= MaxTitleChars ? lines[0] : null;
    }

    // The link's text split where a block starts, each line's whitespace collapsed, empty lines left out.
    private List<string> Lines(int anchor)
    {
        var page = context.Page;
        var tree = page.Tree;
        var lines = new List<string>(1);
        if (page.SubtreeEnd[anchor] == anchor + 1)
        {
            // Most links hold only text (no child element): no walk needed.
            var text = Collapse(page.TextContent(anchor));
            if (text.Length > 0) lines.Add(text);
            return lines;
        }
        _text.Clear();
        var stack = _walk;
        stack.Clear();
        stack.Push(page.NodeOf(anchor));
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (tree[node].Kind == NodeKind.Text) { TextMeasure.AppendCollapsed(_text, tree.TextOf(node)); continue; }
            int e = page.ElementAt(node);
            if (e < 0 || page.NameOf(e) is KnownNames.Script or KnownNames.Style or KnownNames.Noscript or KnownNames.Template or KnownNames.Svg) continue;
            if (e != anchor && (TagKinds.IsBlock(page, e) || page.NameOf(e) == KnownNames.Br)) EndLine(lines);
            for (int child = tree[node].LastChild; child >= 0; child = tree[child].PreviousSibling) stack.Push(child);
        }
        EndLine(lines);
        return lines;
    }

    private void EndLine(List<string> lines)
    {
        var line = _text.ToString().Trim();
        if (line.Length > 0) lines.Add(line);
        _text.Clear();
    }

    // Not a label ("Read more"), a call to action ("Click here to subscribe", "Get it on Amazon for $39"), an address
    // shown as text, or a pager ("Next article", "« Previous").
    private static bool IsStoryTitle(string title)
    {
        if (Promos.IsWidgetLabel(title) || RelatedLabels.IsWidgetTitle(title) || Promos.Opens(title)) return false;
        var t = title.AsSpan().Trim("-–—«»‹›←→<>|·• ");
        foreach (var opener in CallToActionOpeners)
            if (t.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && (t.Length == opener.Length || !char.IsLetter(t[opener.Length])))
                return false;
        return !(t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("www.", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>First words of links that ask for an action or page on, rather than name a story.</summary>
    private static readonly string[] CallToActionOpeners =
    [
        "click", "tap", "get", "buy", "shop", "order", "download", "install", "sign", "log in", "login", "register", "join", "stay",
        "follow", "listen", "watch", "next", "previous", "prev", "older", "newer", "see all", "view all", "show more", "load more",
        "also at", "learn more", "find out",
    ];

    private static bool IsHeadline(string title) => title.Length >= MinTeaserChars && TextMeasure.CountWords(title) >= MinTeaserWords;

    private static bool IsStoryAddress(string href)
    {
        if (href.StartsWith('#')) return false;
        foreach (var scheme in NotStorySchemes)
            if (href.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return false;
        return !href.AsSpan().ContainsAny(ShareAddresses);
    }

    // A menu, footer or share bar inside the block (or around the link, up to the block).
    private static bool InNotStoryPart(PageDocument page, int anchor, int container)
    {
        for (int e = anchor; e >= 0 && e != container; e = page.Parent[e])
        {
            if (page.NameOf(e) is KnownNames.Nav or KnownNames.Menu or KnownNames.Footer or KnownNames.Form or KnownNames.Body) return page.NameOf(e) != KnownNames.Body;
            if (FigureClasses.HasWord(page.AttributeSpan(e, "class", out _), NotStoryParts)) return true;
        }
        return false;
    }

    private static string? WithoutFragment(string? url)
    {
        if (url is null) return null;
        int hash = url.IndexOf('#');
        return hash >= 0 ? url[..hash] : url;
    }

    private string Collapse(string text)
    {
        _text.Clear();
        TextMeasure.AppendCollapsed(_text, text);
        return _text.ToString().Trim();
    }
}
