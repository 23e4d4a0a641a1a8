namespace Lede;

/// <summary>The verb or phrase that attributes a quotation.</summary>
/// <param name="Verb">The cue as written ("said", "told", "added", "wrote", "according to").</param>
/// <param name="Kind">Whether the words were spoken or written.</param>
/// <param name="Span">Where the cue stands in <see cref="Article.Text"/>.</param>
public sealed record QuoteCue(string Verb, CueKind Kind, TextSpan Span)
{
    /// <summary>For an article cleaned from plain text: where the cue stands in the text that was cleaned; null otherwise.</summary>
    public TextSpan? InputSpan { get; init; }
}

/// <summary>How the quoted words were delivered, as the cue says.</summary>
public enum CueKind
{
    /// <summary>Said aloud: "said", "told", "added", "responded", "according to" (the default when the cue does not tell).</summary>
    Spoken,

    /// <summary>Written: "wrote", "tweeted", "posted", "shared" in a post.</summary>
    Written,
}
