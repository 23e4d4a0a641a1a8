namespace Lede;

/// <summary>One direct quotation in the article's body, with who said it, how and to whom when the text says.</summary>
public sealed record Quotation
{
    /// <summary>
    /// The quoted words, without the quotation marks. For a quotation that runs over several paragraphs, the opening
    /// mark that repeats at each new paragraph is left out too; for one its attribution interrupts (“A,” she said.
    /// “B.”), the parts are joined by a space. Otherwise it is exactly the text at <see cref="Span"/>.
    /// </summary>
    public required string Text { get; init; }

    /// <summary>Where the quoted words stand in <see cref="Article.Text"/>, marks excluded: from the first quoted character to the last.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>
    /// The quoted stretches, each between an opening and a closing mark: one, or several when the attribution
    /// interrupts the quotation (“A,” she said. “B.”).
    /// </summary>
    public IReadOnlyList<TextSpan> Parts { get; init; } = [];

    /// <summary>
    /// For an article cleaned from plain text: where the quoted words stand in the text that was cleaned (marks excluded,
    /// as <see cref="Span"/>), so a user finds them in the file they gave. Null for an article extracted from a page.
    /// </summary>
    public TextSpan? InputSpan { get; init; }

    /// <summary>For an article cleaned from plain text: each of <see cref="Parts"/> in the text that was cleaned; empty otherwise.</summary>
    public IReadOnlyList<TextSpan> InputParts { get; init; } = [];

    /// <summary>The index of the block of <see cref="Article.Text"/> (blocks are separated by a blank line) where the quotation opens.</summary>
    public int Paragraph { get; init; }

    /// <summary>Who said it: the mention that names the speaker and the person it refers to; null when the text does not say.</summary>
    public QuoteSpeaker? Speaker { get; init; }

    /// <summary>The verb or phrase that introduces the quotation ("said", "wrote", "according to"); null when there is none.</summary>
    public QuoteCue? Cue { get; init; }

    /// <summary>Whom it was said to, when the text names them ("told Entertainment Tonight" gives "Entertainment Tonight").</summary>
    public string? Addressee { get; init; }

    /// <summary>Where or how it was said ("wrote on Instagram" gives "Instagram"; "said in a statement" gives "a statement").</summary>
    public string? Medium { get; init; }

    /// <summary>Quotations quoted inside this one, in order.</summary>
    public IReadOnlyList<Quotation> Nested { get; init; } = [];
}
