using Lede.Lexicon;

namespace Lede.Figures;

/// <summary>
/// The lines a gallery or a zoomable picture shows as controls — "Caption", "Close", "Enlarge", "Image 1 of 5",
/// "3 / 10" — which are never story. Kept as data, per language.
/// </summary>
internal static class GalleryControls
{
    /// <summary>Whole lines that are a picture's or a gallery's buttons.</summary>
    private static readonly LabelSet Labels = LabelSet.Of(Section.GalleryControls);

    /// <summary>Words that may open a gallery counter ("Image 1 of 5", "Foto 3 von 10").</summary>
    private static readonly IReadOnlyList<string> CounterWords = WordLists.Words(Section.GalleryCounterWords);

    /// <summary>Words that join a counter's numbers: "1 of 5", "3 von 10", "2 sur 8", "4 de 9", "5 di 7", "6 van 12".</summary>
    private static readonly IReadOnlyList<string> CounterJoins = WordLists.Words(Section.GalleryCounterJoins);

    /// <summary>True when the whole line is a gallery control or counter.</summary>
    public static bool IsControlLine(string text)
    {
        var t = text.AsSpan().Trim().TrimEnd(".:…");
        if (t.Length == 0 || t.Length > 40) return false;
        return Labels.IsWhole(text) || IsCounter(t);
    }

    // "[word] N of M" or "N/M", nothing else.
    private static bool IsCounter(ReadOnlySpan<char> t)
    {
        foreach (var word in CounterWords)
        {
            if (t.StartsWith(word, StringComparison.OrdinalIgnoreCase) && t.Length > word.Length && t[word.Length] == ' ')
            {
                t = t[(word.Length + 1)..].TrimStart();
                break;
            }
        }
        int first = Digits(ref t);
        if (first == 0) return false;
        t = t.TrimStart();
        bool joined = false;
        foreach (var join in CounterJoins)
        {
            if (!t.StartsWith(join, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = t[join.Length..];
            if (join != "/" && (rest.IsEmpty || rest[0] != ' ')) continue;
            t = rest.TrimStart();
            joined = true;
            break;
        }
        return joined && Digits(ref t) > 0 && t.Trim().IsEmpty;
    }

    private static int Digits(ref ReadOnlySpan<char> t)
    {
        int n = 0;
        while (n < t.Length && n < 3 && char.IsAsciiDigit(t[n])) n++;
        if (n < t.Length && char.IsAsciiDigit(t[n])) return 0; // a year or a number past 999 is not a counter
        t = t[n..];
        return n;
    }
}
