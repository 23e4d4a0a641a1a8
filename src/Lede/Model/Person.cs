namespace Lede;

/// <summary>A person the article names.</summary>
public sealed record Person
{
    /// <summary>The fullest name the text gives ("Hilaria Baldwin").</summary>
    public required string Name { get; init; }

    /// <summary>The distinct forms by which the text refers to the person, in order of first use ("Hilaria Baldwin", "Hilaria", "she", "The 35-year-old").</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>
    /// Where the text refers to the person, in text order: every mention coreference resolved to them — names, pronouns,
    /// descriptions ("she", "the 35-year-old") — as spans of <see cref="Article.Text"/> (for an article cleaned from plain
    /// text, <see cref="Article.ToInputSpan"/> places each in the input).
    /// </summary>
    public IReadOnlyList<TextSpan> MentionSpans { get; init; } = [];

    /// <summary>How many of the article's quotations (nested ones included) are attributed to the person.</summary>
    public int QuotationCount { get; init; }
}
