namespace Lede.Quotes;

/// <summary>A quoted stretch of text the scanner found, before it is attributed.</summary>
internal sealed class RawQuote
{
    /// <summary>Offset of the opening mark.</summary>
    public int Open { get; init; }

    /// <summary>Offset of the first quoted character (just past the opening mark).</summary>
    public int Start { get; init; }

    /// <summary>Offset just past the last quoted character (the closing mark's offset, or the paragraph's trimmed end when none closes it).</summary>
    public int End { get; set; }

    /// <summary>True when a closing mark ended it; false when the paragraph ended first.</summary>
    public bool Closed { get; set; }

    /// <summary>The offsets of the repeated opening marks of continued paragraphs, left out of the quoted text.</summary>
    public List<int> ContinuationMarks { get; } = [];

    /// <summary>The quotation this one is quoted inside, or null at the top level.</summary>
    public RawQuote? Parent { get; init; }

    public char Mark { get; init; }

    public int Paragraph { get; init; }

    public List<RawQuote> Children { get; } = [];

    /// <summary>The offset just past the closing mark (or <see cref="End"/> when unclosed).</summary>
    public int After => Closed ? End + 1 : End;
}
