namespace Lede.PlainText;

/// <summary>
/// Recognises a line that is only a time stamp of the page: relative times ("2 hours ago", "vor 3 Stunden", "il y a
/// 2 heures", "hace 2 horas", "2 ore fa", "há 2 horas", "2 uur geleden", "Yesterday"), clock times with a label
/// ("Updated 10:32 AM ET", "Mis à jour à 10h32") and reading times ("5 min read"). Dates with a day, month and year
/// are datelines (<see cref="Content.Datelines"/>), read for the publication date.
/// </summary>
internal static class Timestamps
{
    private const int MaxChars = 60;
    private const int MaxWords = 8;

    /// <summary>Words of time stamps, per language; a stamp holds nothing else but numbers and date labels.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        // clock and zone
        "am", "pm", "a.m", "p.m", "et", "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "mt", "gmt", "utc", "bst", "cet", "cest",
        "ist", "aest", "uhr", "h", "hr", "hrs", "min", "mins", "sec", "secs", "at", "on", "since", "mis", "à", "às", "alle", "om", "um", "a", "las",
        // English
        "ago", "just", "now", "today", "yesterday", "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
        "weeks", "month", "months", "an", "read", "reading", "time",
        // German
        "vor", "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "gestern", "heute", "soeben", "gerade",
        "lesezeit", "einer",
        // French
        "il", "y", "heure", "heures", "jour", "jours", "semaine", "semaines", "hier", "aujourd'hui", "aujourd’hui", "instant", "l'instant",
        "l’instant", "lecture", "une",
        // Spanish
        "hace", "minuto", "minutos", "hora", "horas", "día", "días", "semana", "semanas", "ayer", "hoy", "lectura", "una",
        // Italian
        "fa", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "ieri", "oggi", "lettura",
        // Portuguese
        "há", "dia", "dias", "ontem", "hoje", "atrás", "leitura",
        // Dutch
        "geleden", "minuut", "uur", "dag", "dagen", "weken", "gisteren", "vandaag", "zojuist", "leestijd",
    };

    /// <summary>Words that make a stamp without a number ("Yesterday", "just now").</summary>
    private static readonly HashSet<string> Anchors = new(StringComparer.OrdinalIgnoreCase)
    {
        "ago", "yesterday", "today", "now", "gestern", "heute", "soeben", "hier", "aujourd'hui", "aujourd’hui", "instant", "l'instant",
        "l’instant", "ayer", "hoy", "ieri", "oggi", "ontem", "hoje", "gisteren", "vandaag", "zojuist",
    };

    /// <summary>True when the line is a time stamp and nothing else.</summary>
    public static bool IsTimestamp(string text)
    {
        if (text.Length > MaxChars) return false;
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var anchors = Anchors.GetAlternateLookup<ReadOnlySpan<char>>();
        int count = 0;
        bool anchored = false;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(Separators);
            var word = (end < 0 ? rest : rest[..end]).Trim(".:;");
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (word.IsEmpty) continue;
            if (++count > MaxWords) return false;
            if (word.IndexOfAnyInRange('0', '9') >= 0) { if (!IsClockOrNumber(word)) return false; anchored = true; continue; }
            if (anchors.Contains(word)) { anchored = true; continue; }
            if (!words.Contains(word) && !Content.Datelines.IsLabel(word.ToString())) return false;
        }
        return anchored;
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(" ,|·•()–—");

    // "2", "10:32", "10h32", "14.30", "8:22AM", "5min": digits with clock separators and a short unit.
    private static bool IsClockOrNumber(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsAsciiDigit(c) || c is ':' or '.' or 'h' or 'H') continue;
            if (!char.IsLetter(c) || ++letters > 3) return false;
        }
        return true;
    }
}
