using System.Text;
using AngleSharp.Dom;
using Lede.Content;
using Lede.Pages;
using NodeFlags = Lede.Pages.NodeFlags; // until AngleSharp.Dom goes from this file
using Lede.Lexicon;

namespace Lede.Figures;

/// <summary>
/// Reads the figures of one figure-like element of the story — a <c>&lt;figure&gt;</c>, a caption box
/// ("wp-caption"), a <c>&lt;picture&gt;</c> or a lone <c>&lt;img&gt;</c> — into <see cref="Figure"/>s: one per picture
/// of the story, resolved address, alt text and size, with the caption and credit on the first. The caption is the
/// figure's <c>&lt;figcaption&gt;</c> or caption-classed part (for a lone image, a caption-classed element right after
/// it); a part classed as a credit gives the credit, else <see cref="CaptionSplitter"/> finds it in the caption.
/// Only the element's own subtree and its next sibling are read.
/// </summary>
internal sealed class FigureReader(ExtractionContext context)
{
    /// <summary>A caption longer than this is story text that happens to sit beside an image, not a caption.</summary>
    internal const int MaxCaptionChars = 600;

    private readonly PageDocument _page = context.Page;
    private readonly StringBuilder _text = new();

    // A page that shows the same picture twice (a copy for small screens) has one figure.
    private readonly HashSet<string> _sources = new(StringComparer.Ordinal);

    /// <summary>Adds the figures of element <paramref name="number"/> to <paramref name="into"/>; returns how many.</summary>
    public int Read(int number, int root, List<Figure> into)
    {
        var element = _page.Elements[number];
        int before = into.Count;
        foreach (int img in Images(number))
        {
            if (ReadImage(img) is { } figure) into.Add(figure);
        }
        if (into.Count == before) return 0;

        var (captionElement, creditElement) = FindCaptionParts(number, root);
        string? captionText = captionElement >= 0 ? TextOf(captionElement, creditElement) : null;
        if (captionElement < 0 && element.LocalName == "figure") captionText = TextOf(number, creditElement);
        if (captionText is { Length: > MaxCaptionChars }) captionText = null;

        var (caption, credit) = CaptionSplitter.Split(captionText);
        if (creditElement >= 0 && CaptionSplitter.CleanCredit(TextOf(creditElement, -1)) is { } marked) credit = marked;
        if (caption is not null || credit is not null)
            into[before] = into[before] with { Caption = caption, Credit = credit };
        return into.Count - before;
    }

    // The <img>s of the element, less those in a part removed for what it is (a <noscript> copy, a hidden slide).
    // Parts removed for their class are read: inside a figure, "lightbox" or "credit" wraps the picture, not chrome.
    private IEnumerable<int> Images(int number)
    {
        if (_page.Tag[number] == "img") { yield return number; yield break; }
        int end = _page.SubtreeEnd[number];
        for (int i = number + 1; i < end; i++)
        {
            if ((_page.Flags[i] & NodeFlags.Removed) != 0 && context.Signals[i] != ClassSignal.Chrome) { i = _page.SubtreeEnd[i] - 1; continue; }
            if (_page.Tag[i] == "img") yield return i;
        }
    }

    private Figure? ReadImage(int number)
    {
        var img = _page.Elements[number];
        var src = ImageSource.Find(img);
        if (src is null)
        {
            context.Explain(nameof(CollectBlocks), number, "image without a usable address");
            return null;
        }
        int? width = DecorativeImages.ReadPixels(img.GetAttribute("width"));
        int? height = DecorativeImages.ReadPixels(img.GetAttribute("height"));
        if (DecorativeImages.WhyDecorative(img, src, width, height) is { } why)
        {
            context.Explain(nameof(CollectBlocks), number, "image left out: " + why);
            return null;
        }
        var resolved = context.Urls.Resolve(src)!;
        if (!_sources.Add(resolved))
        {
            context.Explain(nameof(CollectBlocks), number, "image left out: shown before");
            return null;
        }
        var alt = Collapse(img.GetAttribute("alt"));
        return new Figure { Src = resolved, Alt = alt, Width = width, Height = height };
    }

    // Inside a figure or caption box: its <figcaption> or first caption-classed part, and a credit-classed part.
    // For a lone image: a figcaption or caption-classed element right after the image (or after the box that
    // holds only the image: <p><img></p><p class="caption">).
    private (int Caption, int Credit) FindCaptionParts(int number, int root)
    {
        int caption = -1, credit = -1;
        var tag = _page.Tag[number];
        if (tag is not ("img" or "picture"))
        {
            int end = _page.SubtreeEnd[number];
            var wrappers = ImageWrappers(number);
            for (int i = number + 1; i < end; i++)
            {
                if (wrappers.Contains(i)) continue; // a wrapper of the image is neither its caption nor its credit
                var e = _page.Elements[i];
                if (_page.Tag[i] == "figcaption" || FigureClasses.NamesCaption(e))
                {
                    if (caption < 0) caption = i; // and look inside it for a credit
                }
                else if (FigureClasses.NamesCredit(e))
                {
                    if (credit < 0) credit = i;
                    i = _page.SubtreeEnd[i] - 1;
                }
            }
            if (credit < 0 && caption >= 0) credit = CreditInside(caption);
            return (caption, credit);
        }

        int box = number;
        while (_page.Parent[box] > root && _page.Tag[_page.Parent[box]] is "a" or "p" or "span" or "div" or "center" or "picture"
               && _page.Elements[_page.Parent[box]].ChildElementCount == 1)
            box = _page.Parent[box];
        if (_page.Elements[box].NextElementSibling is { } next && next.LocalName != "img" && TryNumber(next, box, out int sibling)
            && (next.LocalName == "figcaption" || FigureClasses.NamesCaption(next) || FigureClasses.NamesCredit(next)) && !HoldsImage(sibling))
        {
            if (next.LocalName == "figcaption" || FigureClasses.NamesCaption(next)) return (sibling, CreditInside(sibling));
            return (-1, sibling);
        }
        return (caption, credit);
    }

    // A credit-classed part of a caption, or a trailing <small> (<figcaption>Text<small>Getty</small></figcaption>).
    private int CreditInside(int caption)
    {
        int end = _page.SubtreeEnd[caption], small = -1;
        for (int i = caption + 1; i < end; i++)
        {
            if (FigureClasses.NamesCredit(_page.Elements[i])) return i;
            if (_page.Tag[i] == "small") small = i;
        }
        return small >= 0 && _page.SubtreeEnd[small] == end ? small : -1;
    }

    // The next sibling's number: the first element after the box's subtree, when it has the same parent.
    private bool TryNumber(IElement next, int box, out int number)
    {
        number = _page.SubtreeEnd[box];
        return number < _page.Count && ReferenceEquals(_page.Elements[number], next);
    }

    // The elements inside the figure that hold one of its images: each image's ancestors up to the figure, found by
    // walking up from the images (not by searching every descendant's subtree, which is quadratic on deep markup).
    private HashSet<int> ImageWrappers(int figure)
    {
        var wrappers = new HashSet<int>();
        int end = _page.SubtreeEnd[figure];
        for (int i = figure + 1; i < end; i++)
        {
            if (_page.Tag[i] is not ("img" or "picture")) continue;
            for (int a = i; a > figure && wrappers.Add(a); a = _page.Parent[a]) { }
        }
        return wrappers;
    }

    private bool HoldsImage(int number)
    {
        int end = _page.SubtreeEnd[number];
        for (int i = number; i < end; i++)
            if (_page.Tag[i] is "img" or "picture") return true;
        return false;
    }

    /// <summary>True when the element is a caption box holding an image ("wp-caption"), to be read as a figure.</summary>
    public static bool IsCaptionBox(PageDocument page, int number)
    {
        if (page.Text[number] > MaxCaptionChars || !FigureClasses.NamesCaption(page.Elements[number])) return false;
        int end = page.SubtreeEnd[number];
        for (int i = number + 1; i < end; i++)
            if (page.Tag[i] == "img") return true;
        return false;
    }

    // The text under an element as a reader sees it: blocks apart, a credit part and what is never text left out, and
    // parts removed for what they are (a screen-reader label "Image copyright", a hidden copy) left out too.
    private string? TextOf(int number, int skip)
    {
        _text.Clear();
        var left = LeftOut(number);
        var stack = new Stack<INode?>();
        stack.Push(_page.Elements[number]);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null) { Separate(); continue; } // the end of a block
            if (node is IText t) { TextMeasure.AppendCollapsed(_text, t.Data); continue; }
            if (node is not IElement e) continue;
            if ((skip >= 0 && ReferenceEquals(e, _page.Elements[skip])) || left?.Contains(e) == true) continue;
            if (e.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "button" or "img" or "picture" or "iframe" or "video" or "audio")
                continue;
            bool block = e.LocalName == "br" || TagKinds.IsBlock(e.LocalName);
            if (block) { Separate(); stack.Push(null); }
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
        }
        var text = _text.ToString().Trim();
        return text.Length == 0 ? null : text;

        void Separate()
        {
            if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
        }
    }

    // The parts of the element removed by the page cleaner for anything but their class (hidden, screen-reader only).
    private HashSet<IElement>? LeftOut(int number)
    {
        HashSet<IElement>? left = null;
        int end = _page.SubtreeEnd[number];
        for (int i = number + 1; i < end; i++)
        {
            if ((_page.Flags[i] & NodeFlags.Removed) == 0) continue;
            var e = _page.Elements[i];
            bool hiddenLabel = context.Signals[i] != ClassSignal.Chrome || !(FigureClasses.NamesCaption(e) || FigureClasses.NamesCredit(e));
            if (hiddenLabel) (left ??= new(ReferenceEqualityComparer.Instance)).Add(e);
            if (hiddenLabel) i = _page.SubtreeEnd[i] - 1;
        }
        return left;
    }

    private static string? Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sb = new StringBuilder(text.Length);
        TextMeasure.AppendCollapsed(sb, text);
        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
