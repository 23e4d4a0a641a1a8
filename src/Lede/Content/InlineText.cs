using System.Text;
using AngleSharp.Dom;
using Lede.Pages;
using NodeFlags = Lede.Pages.NodeFlags; // until AngleSharp.Dom goes from this file
using Lede.Lexicon;

namespace Lede.Content;

/// <summary>
/// Builds the text of one block from the inline content under it: whitespace collapsed as a browser shows it,
/// &lt;br&gt; as a line break, removed elements skipped, and the share of text inside links counted.
/// </summary>
internal sealed class InlineText(PageDocument page, Dictionary<IElement, int> numbers)
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

    /// <summary>Appends text, noting the link it sits in (if any) as one of the block's anchors.</summary>
    public void AppendText(ReadOnlySpan<char> text, IElement? link)
    {
        AppendText(text, link is not null);
        if (link is null || text.IsWhiteSpace()) return;
        int number = numbers[link];
        if (_anchors is not { Count: > 0 } || _anchors[^1] != number) (_anchors ??= []).Add(number);
    }

    /// <summary>Takes the links noted since the last call (null when there were none).</summary>
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
    public void AppendSubtree(IElement root, bool skipLists, bool inLink)
    {
        var stack = new Stack<(INode Node, bool InLink, IElement? Link)>();
        stack.Push((root, inLink, null));
        while (stack.Count > 0)
        {
            var (node, inAnyLink, link) = stack.Pop();
            if (node is IText t)
            {
                if (link is null) AppendText(t.Data, inAnyLink);
                else AppendText(t.Data, link);
                continue;
            }
            if (node is not IElement e) continue;
            if (!ReferenceEquals(e, root))
            {
                if (numbers.TryGetValue(e, out int number) && (page.Flags[number] & NodeFlags.Removed) != 0) continue;
                var tag = e.LocalName;
                if (skipLists && tag is "ul" or "ol") continue;
                if (tag == "br") { LineBreak(); continue; }
                if (tag is "figure" or "figcaption" or "img" or "picture") continue;
                if (TagKinds.IsBlock(tag) && _text.Length > 0 && _text[^1] != '\n' && _text[^1] != ' ') _text.Append(' ');
            }
            bool childInLink = inAnyLink || e.LocalName == "a";
            var childLink = e.LocalName == "a" ? e : link;
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], childInLink, childLink));
        }
    }
}
