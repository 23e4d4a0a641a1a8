namespace Lede;

/// <summary>An image of the story, with what the page says about it.</summary>
public sealed record Figure
{
    /// <summary>The image address, resolved against the page URL when one was given.</summary>
    public string? Src { get; init; }

    /// <summary>The image's alt text.</summary>
    public string? Alt { get; init; }

    /// <summary>The caption shown with the image, without its credit.</summary>
    public string? Caption { get; init; }

    /// <summary>Who made or owns the image ("Getty Images", "Instagram/ Hilaria Baldwin").</summary>
    public string? Credit { get; init; }

    /// <summary>Width in pixels when the page gives it.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels when the page gives it.</summary>
    public int? Height { get; init; }
}
