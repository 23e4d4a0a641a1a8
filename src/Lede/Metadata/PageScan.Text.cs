using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

// The text of an element as the sources read it: its own, the DOM's, or as laid out on the page.
internal sealed partial class PageScan
{
    /// <summary>The element's own text (its text nodes, not its children's), whitespace collapsed.</summary>
    public string? OwnTextOf(int element)
    {
        var tree = Page.Tree;
        var sb = new System.Text.StringBuilder(Page.OwnText[element] + 16);
        for (int node = tree[Page.NodeOf(element)].FirstChild; node >= 0; node = tree[node].NextSibling)
            if (tree[node].Kind == NodeKind.Text) sb.Append(tree.TextOf(node)).Append(' ');
        return MetaText.Clean(sb.ToString());
    }

    /// <summary>The text of an element as the DOM has it, whitespace collapsed; null when it is longer than <paramref name="max"/>.</summary>
    public string? TextOf(int element, int max = 600)
        => Page.Text[element] > max ? null : MetaText.Clean(Page.TextContent(element));

    /// <summary>
    /// Visible text of an element, whitespace collapsed, or null when it is longer than <paramref name="max"/>.
    /// Elements other than inline formatting are kept apart by a space, as a browser lays them out
    /// ("Jane Doe" in a link, then "November 18" in a span, must not read "Jane DoeNovember 18").
    /// </summary>
    public string? SpacedTextOf(int element, int max = 600)
    {
        if (Page.Text[element] > max) return null;
        // No child elements: a template counts as empty, its contents being no children in the DOM either.
        if (Page.SubtreeEnd[element] == element + 1) return MetaText.Clean(Page.TextContent(element));
        var tree = Page.Tree;
        var sb = _spaced.Clear();
        // Pre-order over the tree's links from the element's node; code and a template's contents are not entered.
        int root = Page.NodeOf(element), node = root;
        while (true)
        {
            ref readonly var n = ref tree[node];
            bool enter = false;
            if (n.Kind == NodeKind.Text)
            {
                sb.Append(tree.TextOf(node));
                sb.Replace('\n', ' ', sb.Length - n.DataLength, n.DataLength);
            }
            else if (n.Kind == NodeKind.Element && n.Name is not (KnownNames.Script or KnownNames.Style or KnownNames.Noscript or KnownNames.Template))
            {
                // Blocks and line breaks start a line (a byline's name, then its job title); other elements a word.
                if (n.Name == KnownNames.Br || TagKinds.IsBlockName(n.Name)) sb.Append('\n');
                else if (!IsInlineFormatting(n.Name)) sb.Append(' ');
                enter = n.FirstChild >= 0;
            }
            if (enter) { node = n.FirstChild; continue; }
            while (node != root && tree[node].NextSibling < 0) node = tree[node].Parent;
            if (node == root) break;
            node = tree[node].NextSibling;
        }
        var text = sb.ToString();
        // One line, as most are: cleaned whole.
        if (!text.Contains('\n')) return MetaText.Clean(text);
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
            if (MetaText.Clean(line) is { } clean) lines.Add(clean);
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    // The builder SpacedTextOf lays text out in, one for the page.
    private readonly System.Text.StringBuilder _spaced = new(256);

    private static bool IsInlineFormatting(int name) => name is KnownNames.B or KnownNames.I or KnownNames.Em or KnownNames.Strong or KnownNames.U
        or KnownNames.Small or KnownNames.Sup or KnownNames.Sub or KnownNames.Mark or KnownNames.Abbr;
}
