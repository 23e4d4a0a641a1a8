namespace Lede;

/// <summary>A link the page promoted ("Related:", "Also Read:", a teaser list), kept apart from the body.</summary>
/// <param name="Title">The link's text.</param>
/// <param name="Url">The link target, resolved against the page URL when one was given.</param>
/// <param name="Placement">Where it stood: inside the story's flow or in a rail beside it.</param>
public sealed record RelatedLink(string Title, string? Url, RelatedPlacement Placement);

/// <summary>Where a related link stood on the page.</summary>
public enum RelatedPlacement
{
    /// <summary>Inside the story's flow, between paragraphs.</summary>
    Inline,

    /// <summary>In a block or rail beside or after the story.</summary>
    Rail,
}
