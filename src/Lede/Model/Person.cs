namespace Lede;

/// <summary>A person the article names.</summary>
public sealed record Person
{
    /// <summary>The fullest name the text gives ("Hilaria Baldwin").</summary>
    public required string Name { get; init; }

    /// <summary>The distinct forms by which the text refers to the person, in order of first use ("Hilaria Baldwin", "Hilaria", "she", "The 35-year-old").</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>How many of the article's quotations (nested ones included) are attributed to the person.</summary>
    public int QuotationCount { get; init; }
}
