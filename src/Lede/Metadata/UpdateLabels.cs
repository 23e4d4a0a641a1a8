using Lede.Html;

namespace Lede.Metadata;

/// <summary>
/// Tells a dateline that gives when the story was last changed ("Updated Nov 19, 9:41 AM", "Aktualisiert am …",
/// <c>class="date-modified"</c>) from one that gives when it was published: the first is not a publication date.
/// </summary>
internal static class UpdateLabels
{
    // The words that open an update line, from the lexicon's every language; compared word by word.
    private static readonly string[][] Openings =
        [.. Lexicon.WordLists.Words(Lexicon.Section.UpdateLabels).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    // The first words of the openings: a line whose first word is none of them opens with none.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords =
        new HashSet<string>(Openings.Where(o => o.Length > 0).Select(o => o[0]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // An opening of no words would open every line: then every line is compared with every opening.
    private static readonly bool NoWordOpening = Openings.Any(o => o.Length == 0);

    // Class or id parts that name a modification date: "dateline__updated", "date-modified", "updatedDate".
    private static readonly string[] ClassParts = ["updated", "modified", "lastmod"];

    // WordPress marks an unchanged post's one date "entry-date published updated": both, so not an update alone.
    private static readonly string[] PublishedParts = ["publish", "posted", "pubdate", "created"];

    /// <summary>True when the line opens with an update word ("Updated:", "Mis à jour le").</summary>
    public static bool OpensWithUpdate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        Span<Range> words = stackalloc Range[3];
        var s = text.AsSpan().TrimStart();
        int count = 0, i = 0;
        // The words before the first digit: "Updated Nov 19" gives "Updated", "Nov"; "12:30 Updated" gives none.
        while (count < words.Length && i < s.Length && !char.IsDigit(s[i]))
        {
            if (!char.IsLetter(s[i])) { i++; continue; }
            int start = i;
            while (i < s.Length && char.IsLetter(s[i])) i++;
            words[count++] = start..i;
        }
        if (!NoWordOpening && (count == 0 || !FirstWords.Contains(s[words[0]]))) return false;
        foreach (var opening in Openings)
        {
            if (opening.Length > count) continue;
            bool all = true;
            for (int w = 0; w < opening.Length && all; w++) all = s[words[w]].Equals(opening[w], StringComparison.OrdinalIgnoreCase);
            if (all) return true;
        }
        return false;
    }

    /// <summary>True when the element's class or id, or its parent's, names a modification date.</summary>
    public static bool NamedAsUpdate(PageScan scan, int element)
    {
        var page = scan.Page;
        for (int e = element, hops = 0; e >= 0 && hops < 2; e = page.Parent[e], hops++)
        {
            if (Names(page.AttributeSpan(e, KnownNames.Class, out _)) || Names(page.AttributeSpan(e, KnownNames.Id, out _))) return true;
        }
        return false;
    }

    private static bool Names(ReadOnlySpan<char> value)
        => !value.IsEmpty && ContainsAny(value, ClassParts) && !ContainsAny(value, PublishedParts);

    private static bool ContainsAny(ReadOnlySpan<char> value, string[] parts)
    {
        foreach (var part in parts)
            if (value.Contains(part, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
