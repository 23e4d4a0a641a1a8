using System.Text;
using Lede.Html;
using Lede.Pages;
using Lede.Lexicon;

namespace Lede.Content;

/// <summary>
/// Builds the text of one block from the inline content under it: whitespace collapsed as a browser shows it,
/// &lt;br&gt; as a line break, removed elements skipped, and the share of text inside links counted.
/// </summary>
internal sealed class InlineText(PageDocument page)
{
    private readonly StringBuilder _text = new();
    private int _linkChars;
    private List<int>? _anchors;

    public int Length => _text.Length;

    public bool IsEmpty
    {
        get
        {
            for (int i = 0; i < _text.Length; i++)
                if (!char.IsWhiteSpace(_text[i])) return false;
            return true;
        }
    }

    public void AppendText(ReadOnlySpan<char> text, bool inLink)
    {
        int before = _text.Length;
        TextMeasure.AppendCollapsed(_text, text);
        if (inLink) _linkChars += _text.Length - before;
    }

    /// <summary>Appends text, noting the link it sits in (an element number, -1 for none) as one of the block's anchors.</summary>
    public void AppendText(ReadOnlySpan<char> text, int link)
    {
        AppendText(text, link >= 0);
        if (link >= 0 && !text.IsWhiteSpace() && (_anchors is not { Count: > 0 } || _anchors[^1] != link))
            (_anchors ??= []).Add(link);
    }

    /// <summary>Takes the links (element numbers) noted since the last call (null when there were none).</summary>
    public List<int>? TakeAnchors()
    {
        var anchors = _anchors;
        _anchors = null;
        return anchors;
    }

    public void LineBreak()
    {
        while (_text.Length > 0 && _text[^1] == ' ') _text.Length--;
        if (_text.Length > 0) _text.Append('\n');
    }

    /// <summary>Takes the text gathered so far (trimmed) and its link share, and starts afresh.</summary>
    public string Take(out int linkChars)
    {
        var text = _text.ToString().Trim();
        linkChars = Math.Min(_linkChars, text.Length);
        _text.Clear();
        _linkChars = 0;
        return text;
    }

    /// <summary>Appends all the text under an element (skipping removed parts and, optionally, nested lists).</summary>
    public void AppendSubtree(int root, bool skipLists, bool inLink)
    {
        var tree = page.Tree;
        // Each entry: a tree node, whether it is inside any link, and the innermost link's element number (-1: none).
        var stack = new Stack<(int Node, bool InLink, int Link)>();
        stack.Push((page.NodeOf(root), inLink, -1));
        while (stack.Count > 0)
        {
            var (node, inAnyLink, link) = stack.Pop();
            ref readonly var n = ref tree[node];
            if (n.Kind == NodeKind.Text)
            {
                if (link < 0) AppendText(tree.TextOf(node), inAnyLink);
                else AppendText(tree.TextOf(node), link);
                continue;
            }
            if (n.Kind != NodeKind.Element) continue; // comments; a template's inert contents
            int e = page.ElementAt(node);
            var tag = page.Tag[e];
            if (e != root)
            {
                if ((page.Flags[e] & NodeFlags.Removed) != 0) continue;
                if (skipLists && tag is "ul" or "ol") continue;
                if (tag == "br") { LineBreak(); continue; }
                if (tag is "figure" or "figcaption" or "img" or "picture") continue;
                if (TagKinds.IsBlock(tag) && _text.Length > 0 && _text[^1] != '\n' && _text[^1] != ' ') _text.Append(' ');
            }
            bool isLink = tag == "a";
            for (int child = n.LastChild; child >= 0; child = tree[child].PreviousSibling)
                stack.Push((child, inAnyLink || isLink, isLink ? e : link));
        }
    }
}
