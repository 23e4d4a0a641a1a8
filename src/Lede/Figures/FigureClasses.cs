using Lede.Pages;

namespace Lede.Figures;

/// <summary>
/// What class and id words say about the parts of a figure: a caption (or a box holding an image and its
/// caption, "wp-caption") and a credit. Matched word by word, as <see cref="ClassSignals"/> reads classes.
/// </summary>
internal static class FigureClasses
{
    /// <summary>Words naming a caption or its box, in the languages pages use for class names.</summary>
    private static readonly HashSet<string> CaptionWords = new(StringComparer.Ordinal)
    {
        "caption", "captions", "captioned", "figcaption", "legend", "legende", "legenda", "didascalia", "bildunterschrift", "bijschrift",
        "piefoto",
    };

    /// <summary>Words naming a credit line inside a figure or caption.</summary>
    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal)
    {
        "credit", "credits", "source", "copyright", "byline", "photographer", "courtesy", "attribution", "fotograf", "quelle", "fonte",
        "fuente", "bron", "imagecredit", "photocredit",
    };

    public static bool NamesCaption(PageDocument page, int element) => HasClassOrIdWord(page, element, CaptionWords);

    public static bool NamesCredit(PageDocument page, int element) => HasClassOrIdWord(page, element, CreditWords);

    /// <summary>True when a word of the element's class or id is in <paramref name="words"/>.</summary>
    internal static bool HasClassOrIdWord(PageDocument page, int element, HashSet<string> words)
        => HasWord(page.AttributeSpan(element, "class", out _), words) || HasWord(page.AttributeSpan(element, "id", out _), words);

    /// <summary>True when a word of the value, split at non-letters and camelCase humps, is in <paramref name="words"/>.</summary>
    internal static bool HasWord(ReadOnlySpan<char> value, HashSet<string> words)
    {
        if (value.IsEmpty) return false;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[ClassWords.BufferLength];
        foreach (var word in ClassWords.Of(value, buffer))
            if (lookup.Contains(word)) return true;
        return false;
    }
}
