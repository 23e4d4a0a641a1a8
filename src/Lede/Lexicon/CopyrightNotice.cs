namespace Lede.Lexicon;

/// <summary>
/// Recognises a site's copyright notice ("© 2024 Example Media. All rights reserved.", "Copyright 2019 Jane Doe",
/// "Tous droits réservés"): a rights-reserved phrase, or a copyright sign or word with a year. A "© Jane Doe" with
/// no year is a picture's credit, read by <see cref="Figures.CreditLine"/>.
/// </summary>
internal static class CopyrightNotice
{
    private const int MaxChars = 200;

    /// <summary>A legal paragraph with both the sign and the phrase: longer than a notice line, shorter than a story's paragraph of prose.</summary>
    private const int MaxNoticeChars = 400;

    // All the phrases searched for at once (a vectorised multi-string search, not one scan a phrase).
    private static readonly System.Buffers.SearchValues<string> RightsReserved =
        System.Buffers.SearchValues.Create([.. WordLists.Words(Section.RightsReserved)], StringComparison.OrdinalIgnoreCase);

    public static bool Is(string text)
    {
        // A site's legal paragraph may run longer ("Alle Angaben ohne Gewähr. Copyright © 2010 … Alle Rechte vorbehalten;
        // … gestattet die Übernahme …"): with the sign and the phrase both in it, up to a short paragraph's length.
        if (text.Length > MaxChars)
            return text.Length <= MaxNoticeChars && (text.Contains('©') || text.Contains("copyright", StringComparison.OrdinalIgnoreCase)) && HasRightsPhrase(text);
        if (HasRightsPhrase(text)) return true;
        var t = text.AsSpan().TrimStart();
        bool opens = t.StartsWith("©") || t.StartsWith("(c) ", StringComparison.OrdinalIgnoreCase) || t.StartsWith("copyright", StringComparison.OrdinalIgnoreCase);
        // The sign or the word, then a year: "Copyright 2019 Hawaii News Now".
        return opens && HasYear(t);
    }

    private static bool HasRightsPhrase(string text)
    {
        return text.AsSpan().ContainsAny(RightsReserved);
    }

    private static bool HasYear(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is not ('1' or '2') || (i > 0 && char.IsAsciiDigit(text[i - 1]))) continue;
            var four = text.Slice(i, 4);
            if (four is ['1', '9', _, _] or ['2', '0', _, _] && char.IsAsciiDigit(four[2]) && char.IsAsciiDigit(four[3])
                && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4]))) return true;
        }
        return false;
    }
}
