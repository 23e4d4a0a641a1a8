using Lede.Html;
using Lede.Pages;

namespace Lede.Metadata;

// Class and id hints: what an element's class or id says it holds (read with the page's facts, see ClassSignals).
internal sealed partial class PageScan
{
    // Class hints on elements with more text than this are containers, not a byline or a dateline.
    public const int MaxHintText = 400;

    /// <summary>What the element's class and id say; nothing for an element without text, which can hold no byline, date or standfirst, nor contain one.</summary>
    public PageHint HintAt(int element) => element >= Page.Body && Page.Text[element] > 0 ? Page.Hint[element] & MetadataHints : PageHint.None;

    // The hints the metadata reads (the related-block hint is the related links').
    private const PageHint MetadataHints = PageHint.Byline | PageHint.Date | PageHint.Standfirst | PageHint.Aside;

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
