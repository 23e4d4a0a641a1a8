using AngleSharp.Dom;
using Lede.Content;

namespace Lede.Metadata;

/// <summary>
/// One pass over the page's elements that gathers everything the metadata sources read: meta and link tags
/// (into a dictionary), JSON-LD scripts, microdata properties, headlines, &lt;time&gt; elements, and elements
/// whose class names a byline, a date or a standfirst. No source queries the document again.
/// </summary>
internal sealed class PageScan
{
    // Class hints on elements with more text than this are containers, not a byline or a dateline.
    private const int MaxHintText = 400;

    // Paragraphs this long are prose, not labels; a dozen of them are plenty to tell a language.
    private const int MinSampleParagraph = 60;
    private const int MaxSampleParagraphs = 12;
    private const int MaxSubheadings = 40;

    private PageScan(PageDocument page) => Page = page;

    public PageDocument Page { get; }

    /// <summary>Meta tags by lower-cased name (property, name, http-equiv or itemprop), values in page order.</summary>
    public Dictionary<string, List<string>> Meta { get; } = new(StringComparer.Ordinal);

    /// <summary>The first href of each lower-cased link relation (canonical, license, image_src) on &lt;link&gt; and &lt;a&gt;.</summary>
    public Dictionary<string, string> Links { get; } = new(StringComparer.Ordinal);

    public List<string> JsonLd { get; } = [];

    /// <summary>Microdata properties (lower-cased) and the element carrying them, in page order.</summary>
    public List<(string Property, int Element)> ItemProps { get; } = [];

    public List<int> Headings { get; } = [];

    /// <summary>The first &lt;h2&gt; and &lt;h3&gt; elements: where the headline stands on pages whose &lt;h1&gt; is the logo.</summary>
    public List<int> Subheadings { get; } = [];

    /// <summary>The first elements of the body with some text of their own (paragraphs, or text between &lt;br&gt;s): a sample for language detection.</summary>
    public List<int> Paragraphs { get; } = [];
    public List<int> Times { get; } = [];
    public List<int> RelAuthors { get; } = [];

    /// <summary>Elements in the body whose class or id hints at a byline, a date or a standfirst.</summary>
    public List<(int Element, PageHint Hint)> Hints { get; } = [];

    /// <summary>Per element: class and id hints, including <see cref="PageHint.Aside"/>.</summary>
    public PageHint[] ElementHints { get; private set; } = [];

    /// <summary>Per element: how much page text comes before it, a distance measure between elements.</summary>
    public int[] TextBefore { get; private set; } = [];

    public string? HtmlLang { get; private set; }

    public static PageScan Run(PageDocument page)
    {
        var scan = new PageScan(page);
        scan.Walk();
        return scan;
    }

    private void Walk()
    {
        var page = Page;
        ElementHints = new PageHint[page.Count];
        TextBefore = new int[page.Count];
        if (page.Count > 0 && page.Tag[0] == "html")
            HtmlLang = page.Elements[0].GetAttribute("lang") ?? page.Elements[0].GetAttribute("xml:lang");
        int text = 0;
        for (int i = 0; i < page.Count; i++)
        {
            TextBefore[i] = text;
            text += page.OwnText[i];
            var element = page.Elements[i];
            switch (page.Tag[i])
            {
                case "meta": ReadMeta(element, i); continue;
                case "link": ReadLink(element); continue;
                case "script":
                    if (element.GetAttribute("type") is { } type && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
                        JsonLd.Add(element.TextContent);
                    continue;
                case "style" or "noscript" or "template" or "svg":
                    continue;
                case "h1": Headings.Add(i); break;
                case "h2" or "h3":
                    if (Subheadings.Count < MaxSubheadings) Subheadings.Add(i);
                    break;
                case "time": Times.Add(i); break;

                case "a":
                    if (element.GetAttribute("rel") is { } rel) ReadRel(element, rel, i);
                    break;
            }
            if (element.GetAttribute("itemprop") is { } itemprop) AddItemProps(itemprop, i);
            if (i < page.Body) continue;
            if (page.OwnText[i] >= MinSampleParagraph && Paragraphs.Count < MaxSampleParagraphs && !InAside(i)) Paragraphs.Add(i);
            var hint = PageHints.Read(element.GetAttribute("class")) | PageHints.Read(element.Id);
            if (hint == PageHint.None) continue;
            ElementHints[i] = hint;
            if ((hint & ~PageHint.Aside) != 0 && page.Text[i] is > 0 and <= MaxHintText) Hints.Add((i, hint));
        }
    }

    private void ReadMeta(IElement element, int i)
    {
        var content = element.GetAttribute("content");
        var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("http-equiv");
        if (key is null)
        {
            // <meta itemprop="datePublished" content="…"> is microdata wherever it stands.
            if (element.GetAttribute("itemprop") is { } itemprop) AddItemProps(itemprop, i);
            return;
        }
        if (string.IsNullOrWhiteSpace(content)) return;
        key = key.Trim().ToLowerInvariant();
        if (!Meta.TryGetValue(key, out var values)) Meta[key] = values = [];
        values.Add(content.Trim());
    }

    private void ReadLink(IElement element)
    {
        if (element.GetAttribute("rel") is not { } rel || element.GetAttribute("href") is not { } href || string.IsNullOrWhiteSpace(href)) return;
        foreach (var token in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            Links.TryAdd(token.ToLowerInvariant(), href.Trim());
    }

    private void ReadRel(IElement element, string rel, int i)
    {
        foreach (var token in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("author", StringComparison.OrdinalIgnoreCase)) RelAuthors.Add(i);
            else if (token.Equals("license", StringComparison.OrdinalIgnoreCase) && element.GetAttribute("href") is { } href)
                Links.TryAdd("license", href.Trim());
        }
    }

    private void AddItemProps(string itemprop, int i)
    {
        foreach (var token in itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            ItemProps.Add((token.ToLowerInvariant(), i));
    }

    /// <summary>The first value of a meta tag, or null.</summary>
    public string? First(string key) => Meta.TryGetValue(key, out var values) ? values[0] : null;

    /// <summary>True when the element or an ancestor is page furniture around the story: nav, footer, aside, comments, related.</summary>
    public bool InAside(int element)
    {
        // A class on a container of half the page ("<body class='nav-closed'>") says nothing about its parts.
        int bodyText = Page.Text[Page.Body];
        for (int i = element; i > Page.Body; i = Page.Parent[i])
        {
            if (Page.Tag[i] is "footer" or "nav" or "aside") return true;
            if ((ElementHints[i] & PageHint.Aside) != 0 && Page.Text[i] * 2 < bodyText && Page.Tag[i] is not ("main" or "article")) return true;
        }
        return false;
    }

    /// <summary>The element's own text (its text nodes, not its children's), whitespace collapsed.</summary>
    public string? OwnTextOf(int element)
    {
        var sb = new System.Text.StringBuilder(Page.OwnText[element] + 16);
        foreach (var child in Page.Elements[element].ChildNodes)
            if (child is IText text) sb.Append(text.Data).Append(' ');
        return MetaText.Clean(sb.ToString());
    }

    /// <summary>The text of an element as the DOM has it, whitespace collapsed; null when it is longer than <paramref name="max"/>.</summary>
    public string? TextOf(int element, int max = 600)
        => Page.Text[element] > max ? null : MetaText.Clean(Page.Elements[element].TextContent);

    /// <summary>
    /// Visible text of an element, whitespace collapsed, or null when it is longer than <paramref name="max"/>.
    /// Elements other than inline formatting are kept apart by a space, as a browser lays them out
    /// ("Jane Doe" in a link, then "November 18" in a span, must not read "Jane DoeNovember 18").
    /// </summary>
    public string? SpacedTextOf(int element, int max = 600)
    {
        if (Page.Text[element] > max) return null;
        var root = Page.Elements[element];
        if (root.ChildElementCount == 0) return MetaText.Clean(root.TextContent);
        var sb = new System.Text.StringBuilder(Page.Text[element] + 16);
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text) { sb.Append(text.Data.Replace('\n', ' ')); continue; }
            if (node is not IElement e || e.LocalName is "script" or "style" or "noscript" or "template") continue;
            // Blocks and line breaks start a line (a byline's name, then its job title); other elements a word.
            if (e.LocalName == "br" || TagKinds.IsBlock(e.LocalName)) sb.Append('\n');
            else if (!IsInlineFormatting(e.LocalName)) sb.Append(' ');
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        var lines = new List<string>();
        foreach (var line in sb.ToString().Split('\n'))
            if (MetaText.Clean(line) is { } clean) lines.Add(clean);
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static bool IsInlineFormatting(string tag) => tag is "b" or "i" or "em" or "strong" or "u" or "small" or "sup" or "sub" or "mark" or "abbr";
}
