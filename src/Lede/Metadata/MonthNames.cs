using Lede.Lexicon;
namespace Lede.Metadata;

/// <summary>Month names and their usual abbreviations in the seven languages Lede reads dates in (en, de, fr, es, it, pt, nl).</summary>
internal static class MonthNames
{
    private static readonly string[][] ByMonth =
    [
        ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari"],
        ["february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari"],
        ["march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "mrt"],
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
        ["may", "mai", "mayo", "maggio", "mag", "maio", "mei"],
        ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"],
        ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
        ["august", "aug", "août", "aout", "agosto", "ago", "augustus"],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"],
        ["november", "nov", "novembre", "noviembre", "novembro"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"],
    ];

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "segunda", "terça", "quarta", "quinta", "sexta",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    };

    private static readonly Dictionary<string, int> Months = Build();

    /// <summary>Every month name and abbreviation, lower-case.</summary>
    internal static IReadOnlyCollection<string> All => Months.Keys;

    // Most words of a dateline or a paragraph are no month: their shape tells, before they are lower-cased and looked up.
    private static readonly WordShapes MonthShapes = new(Months.Keys);

    /// <summary>True when the word names a day of the week ("Monday", "Mo." is not enough), ignoring case and a trailing dot or comma.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd([',', '.']);
        if (word.Length < 3 || word.Length > 12) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Weekdays.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    /// <summary>The month (1–12) a word names, ignoring case and a trailing dot; 0 when it names none.</summary>
    public static int Month(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 12 || !MonthShapes.MayHold(word)) return 0;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out int month) ? month : 0;
    }

    private static Dictionary<string, int> Build()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int m = 0; m < ByMonth.Length; m++)
            foreach (var name in ByMonth[m]) months.TryAdd(name, m + 1);
        return months;
    }
}
