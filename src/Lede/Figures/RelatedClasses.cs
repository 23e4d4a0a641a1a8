using System.Buffers;
using Lede.Pages;

namespace Lede.Figures;

/// <summary>
/// The class and id words of blocks of links to related stories ("related-posts", "more-from", "recommended"): structure
/// vocabulary, as <see cref="Lexicon.Vocabulary"/> keeps it, not words of a language (those are <see cref="Lexicon.RelatedLabels"/>).
/// </summary>
internal static class RelatedClasses
{
    /// <summary>Class and id words of a block of links to related stories.</summary>
    private static readonly HashSet<string> ClassWords = new(StringComparer.Ordinal)
    {
        "related", "recommended", "recommendation", "recommendations", "teaser", "teasers", "readmore", "readnext", "alsoread",
        "seealso", "morefrom", "morestories", "upnext", "nextup", "youmightlike", "youmayalsolike", "relatedarticles",
        "relatedposts", "relatedcontent", "relatedstories", "relatedlinks", "crp", "yarpp", "lireaussi", "correlati", "relacionadas",
    };

    /// <summary>Class names written as several words that together name a related block ("more-from", "read-next").</summary>
    private static readonly SearchValues<string> ClassCompounds = SearchValues.Create(
        ["morefrom", "readmore", "readnext", "alsoread", "seealso", "morestories", "upnext", "youmay", "youmight"], StringComparison.Ordinal);

    /// <summary>True when the element's class or id names a block of related links.</summary>
    public static bool NamesRelated(PageDocument page, int element)
        => NamesRelated(page.AttributeSpan(element, "class", out _)) || NamesRelated(page.AttributeSpan(element, "id", out _));

    private static bool NamesRelated(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return false;
        if (FigureClasses.HasWord(value, ClassWords)) return true;
        // Each class with its separators removed ("more-from__list" gives "morefromlist").
        Span<char> buffer = stackalloc char[Pages.ClassWords.BufferLength];
        foreach (var compound in Pages.ClassWords.Compounds(value, buffer))
            if (compound.ContainsAny(ClassCompounds)) return true; // one search for all of them
        return false;
    }
}
