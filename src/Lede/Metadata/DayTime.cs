namespace Lede.Metadata;

/// <summary>
/// Finds the time of day written next to a date: "10:30", "10:30:15", "8:22 AM", "10.30 Uhr", "10h30", followed
/// perhaps by a zone ("EST", "GMT", "+02:00"), which becomes the offset.
/// </summary>
internal static class DayTime
{
    // How far from the date a time may stand and still belong to it ("April 12, 2019 at 8:22 AM EDT").
    private const int Reach = 30;

    private static readonly Dictionary<string, int> ZoneMinutes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["utc"] = 0, ["gmt"] = 0, ["z"] = 0, ["wet"] = 0, ["west"] = 60, ["bst"] = 60, ["cet"] = 60, ["mez"] = 60,
        ["cest"] = 120, ["mesz"] = 120, ["eet"] = 120, ["eest"] = 180,
        ["est"] = -300, ["edt"] = -240, ["cst"] = -360, ["cdt"] = -300, ["mst"] = -420, ["mdt"] = -360, ["pst"] = -480, ["pdt"] = -420,
        ["jst"] = 540, ["kst"] = 540, ["aest"] = 600, ["aedt"] = 660,
    };

    /// <summary>A time after the date (within reach), else before it.</summary>
    public static bool TryFind(ReadOnlySpan<char> s, int dateStart, int dateEnd, out TimeOnly time, out TimeSpan? offset)
    {
        for (int i = dateEnd; i < s.Length && i < dateEnd + Reach; i++)
            if (TryAt(s, i, out time, out offset)) return true;
        for (int i = Math.Max(0, dateStart - Reach); i < dateStart; i++)
            if (TryAt(s, i, out time, out offset)) return true;
        time = default;
        offset = null;
        return false;
    }

    private static bool TryAt(ReadOnlySpan<char> s, int i, out TimeOnly time, out TimeSpan? offset)
    {
        time = default;
        offset = null;
        if (!char.IsAsciiDigit(s[i]) || (i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] is '.' or '/' or '-' or ':'))) return false;
        int at = i, hour = 0;
        while (at < s.Length && char.IsAsciiDigit(s[at]) && at - i < 2) hour = hour * 10 + (s[at++] - '0');
        if (at >= s.Length - 2 || s[at] is not (':' or 'h' or '.')) return false;
        char sep = s[at++];
        if (!char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1])) return false;
        int minute = (s[at] - '0') * 10 + (s[at + 1] - '0');
        at += 2;
        if (at < s.Length && char.IsAsciiDigit(s[at])) return false;
        int second = 0;
        if (sep == ':' && at + 2 < s.Length && s[at] == ':' && char.IsAsciiDigit(s[at + 1]) && char.IsAsciiDigit(s[at + 2]))
        {
            second = (s[at + 1] - '0') * 10 + (s[at + 2] - '0');
            at += 3;
        }
        var word = NextWord(s, ref at);
        bool pm = false, am = false, clock = sep != '.';
        if (word is "pm" or "p.m" or "p.m.") { pm = true; word = NextWord(s, ref at); }
        else if (word is "am" or "a.m" or "a.m.") { am = true; word = NextWord(s, ref at); }
        else if (word is "uhr" or "h" or "hrs" or "horas" or "heures" or "uur") { clock = true; word = NextWord(s, ref at); }
        // "12.30" alone could be a date or a price: a dot only makes a time with a word that says so.
        if (!clock && !am && !pm) return false;
        if (am || pm)
        {
            if (hour is < 1 or > 12) return false;
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        time = new TimeOnly(hour, minute, second);
        if (word is not null && ZoneMinutes.TryGetValue(word, out int minutes)) offset = TimeSpan.FromMinutes(minutes);
        else if (word is null)
        {
            int from = at;
            while (from < s.Length && s[from] == ' ') from++;
            int to = from;
            while (to < s.Length && (char.IsAsciiDigit(s[to]) || s[to] is '+' or '-' or ':') && to - from < 6) to++;
            if (to > from && IsoDate.TryOffset(s[from..to], out var written)) offset = written;
        }
        return true;
    }

    // The next word after the time, lower-cased with its dots ("p.m."), or null.
    private static string? NextWord(ReadOnlySpan<char> s, ref int at)
    {
        int i = at;
        while (i < s.Length && s[i] is ' ' or '\u00A0') i++;
        int start = i;
        while (i < s.Length && (char.IsLetter(s[i]) || (s[i] == '.' && i > start))) i++;
        if (i == start) return null;
        at = i;
        return s[start..i].ToString().ToLowerInvariant().TrimEnd('.') is var w && w.StartsWith("p.m", StringComparison.Ordinal) ? "pm"
            : w.StartsWith("a.m", StringComparison.Ordinal) ? "am" : w;
    }
}
