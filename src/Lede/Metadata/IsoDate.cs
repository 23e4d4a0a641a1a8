namespace Lede.Metadata;

/// <summary>
/// Reads machine-written dates, the whole text and nothing else: ISO 8601 ("2019-04-12", "2019-04-12T10:30",
/// "2019-04-12 10:30:00.000+0200", "2019-04-12T08:30:00Z") and the compact "20190412". Time and offset are kept
/// only when written.
/// </summary>
internal static class IsoDate
{
    public static bool TryParse(ReadOnlySpan<char> s, out ArticleDate? date)
    {
        date = null;
        s = s.Trim();
        int year, month, day, at;
        if (s.Length == 8 && AllDigits(s))
        {
            year = Number(s[..4]); month = Number(s[4..6]); day = Number(s[6..8]); at = 8;
        }
        else
        {
            if (s.Length < 10 || !AllDigits(s[..4]) || s[4] is not ('-' or '/') || s[7] != s[4] || !AllDigits(s[5..7]) || !AllDigits(s[8..10])) return false;
            year = Number(s[..4]); month = Number(s[5..7]); day = Number(s[8..10]); at = 10;
        }
        if (!MakeDay(year, month, day, out var calendarDay)) return false;
        if (at == s.Length) { date = new ArticleDate(calendarDay); return true; }

        // Time: "T10:30", " 10:30:00", ".123" fractions dropped.
        if (s[at] is not ('T' or 't' or ' ') || s.Length < at + 6) return false;
        at++;
        if (!TwoDigits(s, at, out int hour) || s[at + 2] != ':' || !TwoDigits(s, at + 3, out int minute)) return false;
        at += 5;
        int second = 0;
        if (at < s.Length && s[at] == ':' && TwoDigits(s, at + 1, out second)) at += 3;
        if (at < s.Length && s[at] is '.' or ',')
        {
            at++;
            while (at < s.Length && char.IsAsciiDigit(s[at])) at++;
        }
        if (hour > 23 || minute > 59 || second > 59) return false;
        var time = new TimeOnly(hour, minute, second);
        var rest = s[at..].Trim();
        if (rest.Length == 0) { date = new ArticleDate(calendarDay, time); return true; }
        if (!TryOffset(rest, out var offset)) return false;
        date = new ArticleDate(calendarDay, time, offset);
        return true;
    }

    /// <summary>"Z", "+02:00", "+0200", "-05", "UTC", "GMT".</summary>
    public static bool TryOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s is "Z" or "z" || s.Equals("UTC", StringComparison.OrdinalIgnoreCase) || s.Equals("GMT", StringComparison.OrdinalIgnoreCase)) return true;
        if (s.Length < 3 || s[0] is not ('+' or '-')) return false;
        int sign = s[0] == '-' ? -1 : 1;
        if (!TwoDigits(s, 1, out int hours)) return false;
        int minutes = 0;
        var rest = s[3..];
        if (rest.Length > 0 && rest[0] == ':') rest = rest[1..];
        if (rest.Length == 2 && TwoDigits(rest, 0, out int m)) minutes = m;
        else if (rest.Length != 0) return false;
        if (hours > 14 || minutes > 59) return false;
        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    /// <summary>A real calendar day in the years a web page can be from.</summary>
    public static bool MakeDay(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> s, int at, out int value)
    {
        value = 0;
        if (at + 1 >= s.Length || !char.IsAsciiDigit(s[at]) || !char.IsAsciiDigit(s[at + 1])) return false;
        value = (s[at] - '0') * 10 + (s[at + 1] - '0');
        return true;
    }

    internal static bool AllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    internal static int Number(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) n = n * 10 + (c - '0');
        return n;
    }
}
