namespace Lede;

/// <summary>The speaker of a quotation as the text gives it, and the person that mention refers to.</summary>
/// <param name="Mention">The words that name the speaker where the quotation is attributed ("she", "Baldwin", "the 35-year-old").</param>
/// <param name="Span">Where <paramref name="Mention"/> stands in <see cref="Article.Text"/>.</param>
/// <param name="Name">The resolved full name of the person ("Hilaria Baldwin"); null when the mention names no person the text introduces (e.g. "a spokesman").</param>
public sealed record QuoteSpeaker(string Mention, TextSpan Span, string? Name)
{
    /// <summary>For an article cleaned from plain text: where <see cref="Mention"/> stands in the text that was cleaned; null otherwise.</summary>
    public TextSpan? InputSpan { get; init; }
}
