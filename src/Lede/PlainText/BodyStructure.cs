using Lede.Content;

namespace Lede.PlainText;

/// <summary>
/// Turns the story's lines, in order, into blocks: "- ", "• ", "* " and "1. " lines into lists, a short title-like line
/// between paragraphs into a subheading, a picture's line into a <see cref="FigureBlock"/> where it stood, and the rest
/// into paragraphs.
/// </summary>
internal sealed class BodyStructure
{
    /// <summary>Subheadings are a few words; a longer line without a full stop is a paragraph that lacks one.</summary>
    private const int MaxHeadingChars = 80;

    private const int MaxHeadingWords = 12;

    private readonly List<Block> _blocks = [];
    private List<ListItem>? _items;
    private bool _ordered;

    public List<Block> Blocks
    {
        get
        {
            CloseList();
            return _blocks;
        }
    }

    /// <summary>Adds a line of story; <paramref name="next"/> is the story line after it, if any.</summary>
    public void Add(string text, string? next)
    {
        int marker = ListMarker(text, out bool ordered);
        if (marker > 0)
        {
            if (_items is not null && ordered != _ordered) CloseList();
            _items ??= [];
            _ordered = ordered;
            _items.Add(new ListItem(text[marker..].TrimStart()));
            return;
        }
        CloseList();
        bool afterParagraph = _blocks.Count > 0 && _blocks[^1] is ParagraphBlock or ListBlock;
        _blocks.Add(afterParagraph && ReadsAsHeading(text, next) ? new HeadingBlock(2, text) : new ParagraphBlock(text));
    }

    /// <summary>Adds a figure where its line stood.</summary>
    public void Add(Figure figure)
    {
        CloseList();
        _blocks.Add(new FigureBlock(figure));
    }

    private void CloseList()
    {
        if (_items is null) return;
        _blocks.Add(new ListBlock(_ordered, _items));
        _items = null;
    }

    /// <summary>True when the line is a list item: "- ", "• ", "* ", "– ", "1. ", "2) ".</summary>
    public static bool IsListItem(string text) => ListMarker(text, out _) > 0;

    /// <summary>The length of the line's list marker and the space after it; 0 when it has none.</summary>
    public static int ListMarker(string text, out bool ordered)
    {
        ordered = false;
        if (text.Length < 3) return 0;
        if (text[0] is '-' or '•' or '*' or '–' or '·' or '▪' or '◦' or '‣' or '●' or '■' or '○' && text[1] == ' ')
            return 2;
        int digits = 0;
        while (digits < text.Length && digits < 3 && char.IsAsciiDigit(text[digits])) digits++;
        if (digits == 0 || digits + 2 > text.Length || text[digits] is not ('.' or ')') || text[digits + 1] != ' ') return 0;
        ordered = true;
        return digits + 2;
    }

    /// <summary>
    /// A short line in title form, with no closing punctuation, before a longer paragraph: "What happens next",
    /// "Die Reaktionen". A short line that ends like a sentence ("“Yes.”") is a paragraph.
    /// </summary>
    internal static bool ReadsAsHeading(string text, string? next)
    {
        if (next is null || text.Length > MaxHeadingChars || TextMeasure.CountWords(text) > MaxHeadingWords) return false;
        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0])) return false;
        if (Sentences.Ends(text) || text[^1] is ',' or ';' or ':' or '-' || Sentences.HasBreak(text)) return false;
        return next.Length > text.Length && !IsListItem(next);
    }
}
