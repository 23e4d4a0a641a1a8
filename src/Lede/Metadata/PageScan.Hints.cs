using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

// Class and id hints: what an element's class or id says it holds, read on demand and once per element.
internal sealed partial class PageScan
{
    // Class hints on elements with more text than this are containers, not a byline or a dateline.
    public const int MaxHintText = 400;

    // Per element: class and id hints, read on demand (only elements near the headline and their ancestors are
    // ever asked), with a bit that says "read".
    private PageHint[] _hints = [];
    private const PageHint Read = (PageHint)0x80;

    /// <summary>What the element's class and id say (read once, on first request).</summary>
    public PageHint HintAt(int element)
    {
        var hint = _hints[element];
        if ((hint & Read) != 0) return hint & ~Read;
        hint = PageHint.None;
        // An element without text can hold no byline, date or standfirst, nor contain one.
        if (element >= Page.Body && Page.Text[element] > 0)
        {
            // One walk over the attributes for both (the first of each name, as Tree.Attribute finds it).
            TextRange classValue = TextRange.Missing, id = TextRange.Missing;
            foreach (var attribute in Page.AttributesOf(element))
            {
                if (attribute.Namespace != AttributeNamespace.None) continue;
                if (attribute.Name == KnownNames.Class && !classValue.Exists) classValue = attribute.Value;
                else if (attribute.Name == KnownNames.Id && !id.Exists) id = attribute.Value;
            }
            hint = ClassHint(classValue) | PageHints.Read(Page.Tree.Text[id]);
        }
        _hints[element] = hint | Read;
        return hint;
    }

    // A page repeats its class values ("col-md-4", "story__meta") over many elements: each distinct value is read
    // into hints once per page (ids are mostly unique, and are read each time). The values are keyed by where they
    // stand in the page and compared by their characters: no string is made of them.
    private Dictionary<TextRange, PageHint>? _classHints;

    private PageHint ClassHint(TextRange value)
    {
        if (value.Length == 0) return PageHint.None;
        _classHints ??= new Dictionary<TextRange, PageHint>(new SameText(Page.Tree.Text));
        ref var hint = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_classHints, value, out bool seen);
        if (!seen) hint = PageHints.Read(Page.Tree.Text[value]);
        return hint;
    }

    private sealed class SameText(PageText text) : IEqualityComparer<TextRange>
    {
        public bool Equals(TextRange a, TextRange b) => text[a].SequenceEqual(text[b]);

        public int GetHashCode(TextRange range) => (int)ClassWords.Hash(text[range]);
    }

    /// <summary>
    /// Elements whose class or id hints at a byline, a date or a standfirst, with no more than
    /// <paramref name="maxText"/> characters (at most <see cref="MaxHintText"/>), among those whose text starts between
    /// <paramref name="from"/> and <paramref name="to"/> (text offsets, see <see cref="TextBefore"/>).
    /// </summary>
    public List<(int Element, PageHint Hint)> HintsBetween(int from, int to, int maxText)
    {
        maxText = Math.Min(maxText, MaxHintText);
        var found = new List<(int, PageHint)>();
        int start = TextBefore.AsSpan(0, Page.Count).BinarySearch(Math.Max(0, from));
        if (start < 0) start = ~start;
        while (start > 0 && TextBefore[start - 1] >= from) start--;
        for (int i = Math.Max(start, Page.Body); i < Page.Count && TextBefore[i] <= to; i++)
        {
            if (Page.Text[i] == 0 || Page.Text[i] > maxText) continue;
            var hint = HintAt(i);
            if ((hint & ~PageHint.Aside) != 0) found.Add((i, hint));
        }
        return found;
    }

    /// <summary>True when the element or an ancestor is page furniture around the story: nav, footer, aside, comments, related.</summary>
    public bool InAside(int element)
    {
        // A class on a container of half the page ("<body class='nav-closed'>") says nothing about its parts.
        int bodyText = Page.Text[Page.Body];
        for (int i = element; i > Page.Body; i = Page.Parent[i])
        {
            int name = Page.NameOf(i);
            if (name is KnownNames.Footer or KnownNames.Nav or KnownNames.Aside) return true;
            if ((HintAt(i) & PageHint.Aside) != 0 && Page.Text[i] * 2 < bodyText && name is not (KnownNames.Main or KnownNames.Article)) return true;
        }
        return false;
    }
}
