using Lede.Content;
using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Turns the story's lines, in order, into blocks: list items ("- ", "• ", "* ", "1. ") into lists, a Markdown heading or
/// a short title-like line between paragraphs into a subheading, a picture's line into a <see cref="FigureBlock"/> where it stood, and the rest
/// into paragraphs.
/// </summary>
internal sealed class BodyStructure
{
    /// <summary>Subheadings are a few words; a longer line without a full stop is a paragraph that lacks one.</summary>
    private const int MaxHeadingChars = 80;

    private const int MaxHeadingWords = 12;

    private readonly List<Block> _blocks = [];
    private readonly List<TextLine> _sources = [];
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
    public void Add(TextLine line, TextLine? next)
    {
        if (line.IsListItem)
        {
            bool ordered = line.Markup == LineMarkup.Ordered;
            if (_items is not null && ordered != _ordered) CloseList();
            _items ??= [];
            _ordered = ordered;
            _items.Add(new ListItem(line.Text));
            _sources.Add(line);
            return;
        }
        CloseList();
        bool afterParagraph = _blocks.Count > 0 && _blocks[^1] is ParagraphBlock or ListBlock;
        bool heading = line.Markup == LineMarkup.Heading || afterParagraph && ReadsAsHeading(line.Text, next?.Text);
        _blocks.Add(heading ? new HeadingBlock(Math.Clamp(line.Level, 2, 6), line.Text) : new ParagraphBlock(line.Text));
        _sources.Add(line);
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

    /// <summary>The input lines of the story's text, in the order <see cref="Article.Text"/> holds them: a paragraph's or heading's line, or a list item's.</summary>
    public IReadOnlyList<TextLine> Sources => _sources;

    /// <summary>True when the text opens with a list marker: "- ", "• ", "* ", "– ", "1. ", "2) ".</summary>
    public static bool IsListItem(string text) => LineMarkupReader.ListMarker(text, out _) > 0;

    /// <summary>
    /// A short line in title form, with no closing punctuation, before a longer paragraph: "What happens next",
    /// "Die Reaktionen". A short line that ends like a sentence ("“Yes.”") is a paragraph.
    /// </summary>
    internal static bool ReadsAsHeading(string text, string? next)
    {
        if (next is null || text.Length > MaxHeadingChars || TextMeasure.CountWords(text) > MaxHeadingWords) return false;
        if (!char.IsUpper(text[0]) && !char.IsDigit(text[0])) return false;
        if (Sentences.Ends(text) || text[^1] is ',' or ';' or ':' or '-' || Sentences.HasBreak(text)) return false;
        return next.Length > text.Length;
    }
}
