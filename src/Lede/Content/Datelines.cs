namespace Lede.Content;

/// <summary>
/// Recognises the short lines around a story that only say who wrote it and when: bylines ("By Jane Doe -
/// 11/18/19") and datelines ("Published Monday, November 18, 2019 8:22AM EST"), in the languages Lede knows.
/// </summary>
internal static class Datelines
{
    private static readonly string[] BylineOpeners = ["by ", "von ", "par ", "por ", "di ", "door ", "written by", "posted by", "story by", "words by"];

    private static readonly string[] DateLabels =
    [
        "published", "updated", "posted", "last updated", "modified", "created", "date", "on",
        "veröffentlicht", "aktualisiert", "publié", "mis à jour", "publicado", "actualizado", "atualizado", "pubblicato", "aggiornato",
        "gepubliceerd", "bijgewerkt",
    ];

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "am", "pm", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "gmt", "utc", "bst", "cet", "cest", "ist", "at", "et",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "uhr",
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "de",
        "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
        "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro",
        "januari", "februari", "maart", "mei", "augustus",
        // connectors of written dates: "le 12 avril à 10h", "am 12. April um 14 Uhr", "22 de octubre del 2010"
        "le", "à", "a", "um", "el", "del", "il", "op", "em", "do", "da", "of", "the",
    };

    /// <summary>A short line that is a byline: "By Name" and little else.</summary>
    public static bool IsByline(string text)
    {
        if (text.Length > 120) return false;
        var t = text.AsSpan().TrimStart();
        foreach (var opener in BylineOpeners)
        {
            if (!t.StartsWith(opener, StringComparison.OrdinalIgnoreCase) || t.Length <= opener.Length) continue;
            var rest = t[opener.Length..].TrimStart();
            // "By Jane Doe", but not "by and large"; "Posted by the Secretary" is a byline whatever follows.
            bool named = rest.Length > 0 && char.IsUpper(rest[0]);
            bool explicitOpener = opener.Contains(' ', StringComparison.Ordinal) && opener.IndexOf(' ') < opener.Length - 1;
            if ((named || explicitOpener) && TextMeasure.CountWords(t) <= 16 && !PruneBoilerplate.EndsSentence(text)) return true;
        }
        return false;
    }

    /// <summary>A short line made mostly of date and time words, numbers and a label ("Updated").</summary>
    public static bool IsDateline(string text)
    {
        if (text.Length > 100) return false;
        int words = 0, datey = 0;
        bool calendar = false;
        foreach (var word in Words(text))
        {
            words++;
            if (IsLabel(word)) datey++;
            else if (DateWords.Contains(word)) { datey++; calendar |= word.Length > 3 || MonthOrDay(word); }
            else if (IsNumeric(word)) { datey++; calendar |= IsYearOrDate(word); }
        }
        // A real date in it (a month, a weekday, a year or 12/10/2009), and at most one word that is not about the date:
        // "1a etapa: 10 de março – Interlagos" is a schedule line, "10 p.m." a live blog's heading.
        return calendar && datey >= 2 && words <= 14 && words - datey <= 1;
    }

    internal static bool IsLabel(string word)
    {
        foreach (var label in DateLabels)
            if (label.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsNumeric(string word)
    {
        int digits = 0;
        foreach (char c in word) if (char.IsDigit(c)) digits++;
        return digits > 0 && digits * 2 >= word.Length; // "18", "2019", "8:22AM", "11/18/19", "19th"
    }

    private static bool MonthOrDay(string word) => word.Length == 3 && !word.Equals("the", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("del", StringComparison.OrdinalIgnoreCase) && !word.Equals("est", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("gmt", StringComparison.OrdinalIgnoreCase) && !word.Equals("utc", StringComparison.OrdinalIgnoreCase);

    // "2019", "11/18/19", "12.04.2019" — not "10" or "8:22".
    private static bool IsYearOrDate(string word)
    {
        if (word.Length == 4 && word.All(char.IsDigit)) return word[0] is '1' or '2';
        int separators = word.Count(c => c is '/' or '.' or '-');
        return separators >= 2 && word.Count(char.IsDigit) >= 4;
    }

    private static IEnumerable<string> Words(string text)
    {
        foreach (var raw in text.Split([' ', ',', '|', '-', '–', '—', '·', '•', '(', ')', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ':', ';');
            if (word.Length > 0) yield return word;
        }
    }
}
