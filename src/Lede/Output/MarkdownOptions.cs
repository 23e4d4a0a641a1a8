namespace Lede;

/// <summary>What <see cref="MarkdownWriter"/> writes besides the body. <c>new()</c> gives the defaults; change them with <c>with { … }</c>.</summary>
public sealed record MarkdownOptions
{
    /// <summary>The defaults: title and figures included.</summary>
    public static MarkdownOptions Default { get; } = new();

    /// <summary>
    /// Write the article's title as a level-1 heading at the top, and shift body headings down so that none is above
    /// level 2. Default: true. Has no effect when the article has no title.
    /// </summary>
    public bool IncludeTitle { get; init; } = true;

    /// <summary>Write figures as images with their caption and credit. Default: true.</summary>
    public bool IncludeFigures { get; init; } = true;
}
