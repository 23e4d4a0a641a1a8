namespace Lede.PlainText;

/// <summary>How a scraper marked a line up, read off its first characters (and taken off its <see cref="TextLine.Text"/>).</summary>
internal enum LineMarkup : byte
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>"* ", "- ", "+ ", "• " (Markdown, a text browser's bullets).</summary>
    Bullet,

    /// <summary>"1. ", "2) ".</summary>
    Ordered,

    /// <summary>"# …" to "###### …" (Markdown).</summary>
    Heading,

    /// <summary>"> …" (Markdown's block quote).</summary>
    Quote,

    /// <summary>A text browser's picture or form field: "[photo.jpg]", "[IMG]", "(BUTTON) Search", "____".</summary>
    Widget,
}

/// <summary>
/// One unit of a plain text: a line, or the lines of a hard-wrapped paragraph joined. Its text is the input's
/// characters, trimmed, less the layout markup a scraper added (indentation, a list or heading marker, paired
/// emphasis marks); <see cref="Source"/> says where each character came from, so a span of the text is a span of the input.
/// </summary>
internal sealed class TextLine
{
    public TextLine(string text, int number, int block, SourceMap source)
    {
        Text = text;
        Number = number;
        Block = block;
        Source = source;
    }

    /// <summary>The line's words as the input has them, markup taken off.</summary>
    public string Text { get; internal set; }

    /// <summary>The 1-based number of its first line in the input, for the trace.</summary>
    public int Number { get; }

    /// <summary>The index of its block: the run of lines between blank lines it stood in.</summary>
    public int Block { get; }

    /// <summary>Where <see cref="Text"/>'s characters stand in the input.</summary>
    public SourceMap Source { get; internal set; }

    /// <summary>The markup its first characters carried.</summary>
    public LineMarkup Markup { get; init; }

    /// <summary>A heading's level (1–6) or a list item's nesting (1 = outermost); 0 otherwise.</summary>
    public int Level { get; init; }

    /// <summary>How many columns of white space stood before the line (a text browser indents the story's paragraphs).</summary>
    public int Indent { get; init; }

    /// <summary>While lines are joined: the column the last joined line reached; null before.</summary>
    internal int? Reach { get; set; }

    /// <summary>A list item ("* ", "1. " …).</summary>
    public bool IsListItem => Markup is LineMarkup.Bullet or LineMarkup.Ordered;

    /// <summary>A short form of the line for the trace: its number and first words.</summary>
    public string Describe() => $"line {Number} “{(Text.Length > 60 ? Text[..60] + "…" : Text)}”";

    /// <inheritdoc/>
    public override string ToString() => Describe();
}
