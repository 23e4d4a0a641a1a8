using System.Text;
using Lede.Html;
using Lede.Lexicon;
using Lede.Pages;
using Lede.Extraction;

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
        int before = into.Count;
        foreach (int img in Images(number))
        {
            if (ReadImage(img) is { } figure) into.Add(figure);
        }
        if (into.Count == before) return 0;

        var (captionElement, creditElement) = FindCaptionParts(number, root);
        string? captionText = captionElement >= 0 ? TextOf(captionElement, creditElement) : null;
        if (captionElement < 0 && _page.NameOf(number) == KnownNames.Figure) captionText = TextOf(number, creditElement);
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
        if (_page.NameOf(number) == KnownNames.Img) { yield return number; yield break; }
        int end = _page.SubtreeEnd[number];
        for (int i = number + 1; i < end; i++)
        {
            if ((_page.Flags[i] & NodeFlags.Removed) != 0 && _page.Signal[i] != ClassSignal.Chrome) { i = _page.SubtreeEnd[i] - 1; continue; }
            if (_page.NameOf(i) == KnownNames.Img) yield return i;
        }
    }

    private Figure? ReadImage(int number)
    {
        var src = ImageSource.Find(_page, number);
        if (src is null)
        {
            context.Explain("CollectBlocks", number, "image without a usable address");
            return null;
        }
        int? width = DecorativeImages.ReadPixels(_page.AttributeSpan(number, "width", out _));
        int? height = DecorativeImages.ReadPixels(_page.AttributeSpan(number, "height", out _));
        if (DecorativeImages.WhyDecorative(_page, number, src, width, height) is { } why)
        {
            if (context.Explaining) context.Explain("CollectBlocks", number, "image left out: " + why);
            return null;
        }
        var resolved = context.Urls.Resolve(src)!;
        if (!_sources.Add(resolved))
        {
            context.Explain("CollectBlocks", number, "image left out: shown before");
            return null;
        }
        var alt = Collapse(_page.AttributeSpan(number, "alt", out _));
        return new Figure { Src = resolved, Alt = alt, Width = width, Height = height };
    }

    // Inside a figure or caption box: its <figcaption> or first caption-classed part, and a credit-classed part.
    // For a lone image: a figcaption or caption-classed element right after the image (or after the box that
    // holds only the image: <p><img></p><p class="caption">).
    private (int Caption, int Credit) FindCaptionParts(int number, int root)
    {
        int caption = -1, credit = -1;
        if (!IsPicture(number))
        {
            int end = _page.SubtreeEnd[number];
            var wrappers = ImageWrappers(number);
            for (int i = number + 1; i < end; i++)
            {
                if (wrappers.Contains(i)) continue; // a wrapper of the image is neither its caption nor its credit
                if (_page.NameOf(i) == KnownNames.Figcaption || FigureClasses.NamesCaption(_page, i))
                {
                    if (caption < 0) caption = i; // and look inside it for a credit
                }
                else if (FigureClasses.NamesCredit(_page, i))
                {
                    if (credit < 0) credit = i;
                    i = _page.SubtreeEnd[i] - 1;
                }
            }
            if (credit < 0 && caption >= 0) credit = CreditInside(caption);
            return (caption, credit);
        }

        int box = number;
        while (_page.Parent[box] > root && _page.NameOf(_page.Parent[box]) is KnownNames.A or KnownNames.P or KnownNames.Span or KnownNames.Div
                   or KnownNames.Center or KnownNames.Picture
               && IsOnlyChild(box))
            box = _page.Parent[box];
        int next = _page.NextElementSibling(box);
        if (next >= 0 && _page.NameOf(next) != KnownNames.Img && (IsCaption(next) || FigureClasses.NamesCredit(_page, next)) && !HoldsImage(next))
        {
            if (IsCaption(next)) return (next, CreditInside(next));
            return (-1, next);
        }
        return (caption, credit);
    }

    // A credit-classed part of a caption, or a trailing <small> (<figcaption>Text<small>Getty</small></figcaption>).
    private int CreditInside(int caption)
    {
        int end = _page.SubtreeEnd[caption], small = -1;
        for (int i = caption + 1; i < end; i++)
        {
            if (FigureClasses.NamesCredit(_page, i)) return i;
            if (_page.NameOf(i) == KnownNames.Small) small = i;
        }
        return small >= 0 && _page.SubtreeEnd[small] == end ? small : -1;
    }

    private bool IsCaption(int element) => _page.NameOf(element) == KnownNames.Figcaption || FigureClasses.NamesCaption(_page, element);

    private bool IsPicture(int element) => _page.NameOf(element) is KnownNames.Img or KnownNames.Picture;

    // The element is its parent's only child element: the first one, and its subtree ends where the parent's does.
    private bool IsOnlyChild(int element)
        => element == _page.Parent[element] + 1 && _page.SubtreeEnd[element] == _page.SubtreeEnd[element - 1];

    // The elements inside the figure that hold one of its images: each image's ancestors up to the figure, found by
    // walking up from the images (not by searching every descendant's subtree, which is quadratic on deep markup).
    private HashSet<int> ImageWrappers(int figure)
    {
        var wrappers = new HashSet<int>();
        int end = _page.SubtreeEnd[figure];
        for (int i = figure + 1; i < end; i++)
        {
            if (!IsPicture(i)) continue;
            for (int a = i; a > figure && wrappers.Add(a); a = _page.Parent[a]) { }
        }
        return wrappers;
    }

    private bool HoldsImage(int number)
    {
        int end = _page.SubtreeEnd[number];
        for (int i = number; i < end; i++)
            if (IsPicture(i)) return true;
        return false;
    }

    /// <summary>True when the element is a caption box holding an image ("wp-caption"), to be read as a figure.</summary>
    public static bool IsCaptionBox(PageDocument page, int number)
    {
        if (page.Text[number] > MaxCaptionChars) return false;
        // The image first: most elements asked about are a line of text with nothing under it, and the class's words
        // are the dearer test.
        int end = page.SubtreeEnd[number];
        for (int i = number + 1; i < end; i++)
            if (page.NameOf(i) == KnownNames.Img) return FigureClasses.NamesCaption(page, number);
        return false;
    }

    // The text under an element as a reader sees it: blocks apart, a credit part and what is never text left out, and
    // parts removed for what they are (a screen-reader label "Image copyright", a hidden copy) left out too.
    private string? TextOf(int number, int skip)
    {
        _text.Clear();
        var left = LeftOut(number);
        var tree = _page.Tree;
        // Tree nodes in document order; -1 marks the end of a block.
        var stack = new Stack<int>();
        stack.Push(_page.NodeOf(number));
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (node < 0) { Separate(); continue; }
            if (tree[node].Kind == NodeKind.Text) { TextMeasure.AppendCollapsed(_text, tree.TextOf(node)); continue; }
            int e = _page.ElementAt(node);
            if (e < 0 || e == skip || left?.Contains(e) == true) continue;
            if (_page.NameOf(e) is KnownNames.Script or KnownNames.Style or KnownNames.Noscript or KnownNames.Template or KnownNames.Svg
                or KnownNames.Button or KnownNames.Img or KnownNames.Picture or KnownNames.Iframe or KnownNames.Video or KnownNames.Audio)
                continue;
            bool block = _page.NameOf(e) == KnownNames.Br || TagKinds.IsBlock(_page, e);
            if (block) { Separate(); stack.Push(-1); }
            for (int child = tree[node].LastChild; child >= 0; child = tree[child].PreviousSibling) stack.Push(child);
        }
        var text = _text.ToString().Trim();
        return text.Length == 0 ? null : text;

        void Separate()
        {
            if (_text.Length > 0 && _text[^1] != ' ') _text.Append(' ');
        }
    }

    // The parts of the element removed by the page cleaner for anything but their class (hidden, screen-reader only).
    private HashSet<int>? LeftOut(int number)
    {
        HashSet<int>? left = null;
        int end = _page.SubtreeEnd[number];
        for (int i = number + 1; i < end; i++)
        {
            if ((_page.Flags[i] & NodeFlags.Removed) == 0) continue;
            bool hiddenLabel = _page.Signal[i] != ClassSignal.Chrome || !(FigureClasses.NamesCaption(_page, i) || FigureClasses.NamesCredit(_page, i));
            if (hiddenLabel) (left ??= []).Add(i);
            if (hiddenLabel) i = _page.SubtreeEnd[i] - 1;
        }
        return left;
    }

    private static string? Collapse(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace()) return null;
        var sb = new StringBuilder(text.Length);
        TextMeasure.AppendCollapsed(sb, text);
        var result = sb.ToString().Trim();
        return result.Length == 0 ? null : result;
    }
}
