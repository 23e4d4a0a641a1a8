using System.Text;
using Lede.Html;
using Lede.Pages;
using Lede.Lexicon;

namespace Lede.Content;

/// <summary>
/// Builds the text of one block from the inline content under it: whitespace collapsed as a browser shows it,
/// &lt;br&gt; as a line break, removed elements skipped, and the share of text inside links counted. It also notes
/// where links and styles start and end, so that the block keeps its inline runs (<see cref="Runs"/>).
/// </summary>
internal sealed class InlineText(PageDocument page, UrlResolver urls)
{
    private readonly StringBuilder _text = new();
    private int _linkChars;
    private List<int>? _anchors;

    // Where each stretch of one style and link starts in _text, while gathering; then, once taken, the same marks
    // relative to the taken (trimmed) text. A text with no mark past the first plain one needs no runs.
    private readonly List<(int Start, InlineStyle Style, int Link)> _marks = [];
    private readonly List<(int Start, InlineStyle Style, int Link)> _taken = [];
    private string _takenText = "";

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
        if (_marks.Count > 0 && (_marks[^1].Style != InlineStyle.None || _marks[^1].Link >= 0)) Mark(InlineStyle.None, -1);
        TextMeasure.AppendCollapsed(_text, text);
        if (inLink) _linkChars += _text.Length - before;
    }

    /// <summary>
    /// Appends text, noting the link it sits in (an element number, -1 for none) as one of the block's anchors, and the
    /// run it belongs to.
    /// </summary>
    public void AppendText(ReadOnlySpan<char> text, int link, InlineStyle style)
    {
        if (style != InlineStyle.None || link >= 0 || _marks.Count > 0) Mark(style, link);
        int before = _text.Length;
        TextMeasure.AppendCollapsed(_text, text);
        if (link >= 0) _linkChars += _text.Length - before;
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

    // Starts a run of this style and link here, unless the current run already is one.
    private void Mark(InlineStyle style, int link)
    {
        if (_marks.Count > 0 && _marks[^1].Style == style && _marks[^1].Link == link) return;
        if (_marks.Count == 0 && _text.Length > 0) _marks.Add((0, InlineStyle.None, -1));
        if (_marks.Count > 0 && _marks[^1].Start == _text.Length) _marks.RemoveAt(_marks.Count - 1); // an empty run
        _marks.Add((_text.Length, style, link));
    }

    /// <summary>Takes the text gathered so far (trimmed) and its link share, and starts afresh; <see cref="Runs"/> reads its runs.</summary>
    public string Take(out int linkChars)
    {
        int start = 0, end = _text.Length;
        while (start < end && char.IsWhiteSpace(_text[start])) start++;
        while (end > start && char.IsWhiteSpace(_text[end - 1])) end--;
        var text = _text.ToString(start, end - start);
        linkChars = Math.Min(_linkChars, text.Length);
        _taken.Clear();
        foreach (var (at, style, link) in _marks)
        {
            int relative = Math.Clamp(at - start, 0, text.Length);
            if (_taken.Count > 0 && _taken[^1].Start == relative) _taken.RemoveAt(_taken.Count - 1);
            _taken.Add((relative, style, link));
        }
        _takenText = text;
        _marks.Clear();
        _text.Clear();
        _linkChars = 0;
        return text;
    }

    /// <summary>
    /// The inline runs of a stretch of the text last taken (<paramref name="start"/> and <paramref name="length"/> in it,
    /// the whole of it by default); empty when the stretch is all plain.
    /// </summary>
    public IReadOnlyList<InlineRun> Runs(int start = 0, int length = -1)
    {
        if (length < 0) length = _takenText.Length - start;
        int end = start + length;
        List<InlineRun>? runs = null;
        bool styled = false;
        for (int i = 0; i < _taken.Count; i++)
        {
            int from = Math.Max(_taken[i].Start, start), to = Math.Min(i + 1 < _taken.Count ? _taken[i + 1].Start : _takenText.Length, end);
            if (to <= from) continue;
            var (_, style, link) = _taken[i];
            var run = new InlineRun(_takenText[from..to])
            {
                Link = link >= 0 ? LinkTarget(link) : null,
                Emphasis = (style & InlineStyle.Emphasis) != 0,
                Strong = (style & InlineStyle.Strong) != 0,
                Code = (style & InlineStyle.Code) != 0,
            };
            runs ??= [];
            // Two links to the same address side by side, or an unusable link beside plain text, read as one run.
            if (runs.Count > 0 && runs[^1].SameStyle(run)) runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
            else runs.Add(run);
            styled |= !run.IsPlain;
        }
        return styled ? runs! : [];
    }

    // A link's address, absolute when the page gives a base; none for script and data addresses, which are no link a
    // reader can follow.
    private string? LinkTarget(int anchor)
    {
        var href = page.Attribute(anchor, "href");
        if (string.IsNullOrWhiteSpace(href)) return null;
        var target = urls.Resolve(href);
        if (target is not null && PlainHttpUrl.Is(target)) return target; // an http(s) address Uri would take as it is
        if (target is null || !Uri.TryCreate(target, UriKind.RelativeOrAbsolute, out var uri)) return null;
        return !uri.IsAbsoluteUri || uri.Scheme is "http" or "https" or "mailto" or "tel" or "ftp" ? target : null;
    }

    /// <summary>Appends all the text under an element (skipping removed parts and, optionally, nested lists).</summary>
    public void AppendSubtree(int root, bool skipLists, bool inLink)
    {
        var tree = page.Tree;
        // Each entry: a tree node, whether it is inside any link, the innermost link's element number (-1: none), and
        // the inline style it is in.
        var stack = new Stack<(int Node, bool InLink, int Link, InlineStyle Style)>();
        stack.Push((page.NodeOf(root), inLink, -1, InlineStyle.None));
        while (stack.Count > 0)
        {
            var (node, inAnyLink, link, style) = stack.Pop();
            ref readonly var n = ref tree[node];
            if (n.Kind == NodeKind.Text)
            {
                if (link < 0 && inAnyLink) AppendText(tree.TextOf(node), true);
                else AppendText(tree.TextOf(node), link, style);
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
                if (TagKinds.IsBlock(page, e) && _text.Length > 0 && _text[^1] != '\n' && _text[^1] != ' ') _text.Append(' ');
            }
            bool isLink = tag == "a";
            var inner = style | InlineStyles.Of(tag);
            for (int child = n.LastChild; child >= 0; child = tree[child].PreviousSibling)
                stack.Push((child, inAnyLink || isLink, isLink ? e : link, inner));
        }
    }
}
