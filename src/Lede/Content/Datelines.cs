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
    };

    /// <summary>A short line that is a byline: "By Name" and little else.</summary>
    public static bool IsByline(string text)
    {
        if (text.Length > 120) return false;
        var t = text.AsSpan().TrimStart();
        foreach (var opener in BylineOpeners)
            if (t.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && t.Length > opener.Length && char.IsUpper(t[opener.Length..].TrimStart()[0]))
                return TextMeasure.CountWords(t) <= 16 && !PruneBoilerplate.EndsSentence(text);
        return false;
    }

    /// <summary>A short line made mostly of date and time words, numbers and a label ("Updated").</summary>
    public static bool IsDateline(string text)
    {
        if (text.Length > 100) return false;
        int words = 0, datey = 0;
        foreach (var word in Words(text))
        {
            words++;
            if (DateWords.Contains(word) || IsNumeric(word) || IsLabel(word)) datey++;
        }
        return words > 0 && words <= 14 && datey * 3 >= words * 2 && HasDigit(text);
    }

    private static bool IsLabel(string word)
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

    private static bool HasDigit(string text)
    {
        foreach (char c in text) if (char.IsDigit(c)) return true;
        return false;
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
