namespace Lede.Metadata;

/// <summary>How a page writes all-number dates whose first two parts could both be the month.</summary>
internal enum DateOrder : byte
{
    /// <summary>12/04/2019 is 12 April (most of the world).</summary>
    DayFirst,

    /// <summary>04/12/2019 is 12 April (American English).</summary>
    MonthFirst,
}

/// <summary>
/// Reads a date out of text as people write it, in English, German, French, Spanish, Italian, Portuguese and
/// Dutch: "April 12th, 2019", "12 avril 2019", "12. April 2019", "12 de abril de 2019", "12.04.2019",
/// "Fri, 12 Apr 2019 10:30:00 GMT", "2020年07月03日", "2020년 7월 3일", and machine forms through <see cref="IsoDate"/>. A date needs a day, a month
/// and a year: a year alone (a copyright line) or a relative date ("vor 3 Tagen", "2 hours ago") is not one.
/// </summary>
internal static class DateText
{
    private const int MaxLength = 300;

    public static ArticleDate? Parse(string? text, DateOrder order = DateOrder.DayFirst)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.AsSpan().Trim();
        if (s.Length > MaxLength) s = s[..MaxLength];
        if (IsoDate.TryParse(s, out var iso)) return iso;

        var named = FindNamedMonth(s, out int namedStart, out int namedEnd);
        var numeric = FindNumeric(s, order, out int numericStart, out int numericEnd) ?? FindUnitMarked(s, out numericStart, out numericEnd);
        DateOnly day;
        int start, end;
        if (named is { } n && (numeric is null || namedStart <= numericStart)) { day = n; start = namedStart; end = namedEnd; }
        else if (numeric is { } d) { day = d; start = numericStart; end = numericEnd; }
        else return null;

        if (!DayTime.TryFind(s, start, end, out var time, out var offset)) return new ArticleDate(day);
        return new ArticleDate(day, time, offset);
    }

    // "12 April 2019", "12. April 2019", "12 de abril de 2019", "1er avril 2019", "April 12th, 2019", "Apr. 12, 2019".
    private static DateOnly? FindNamedMonth(ReadOnlySpan<char> s, out int start, out int end, DateOnly? near = null)
    {
        start = end = 0;
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsLetter(s[i])) { i++; continue; }
            int wordStart = i;
            while (i < s.Length && char.IsLetter(s[i])) i++;
            int month = MonthNames.Month(s[wordStart..i]);
            if (month == 0) continue;
            int after = i < s.Length && s[i] == '.' ? i + 1 : i;

            // Day before the month: "12 April", "12. April", "12 de abril", "1er avril", "12th of April".
            int back = SkipConnectorsBack(s, wordStart);
            if (NumberBefore(s, back, out int day, out int dayStart) && day is >= 1 and <= 31)
            {
                if (YearAfter(s, after, out int year, out int yearEnd) && IsoDate.MakeDay(year, month, day, out var date))
                {
                    start = dayStart; end = yearEnd;
                    return date;
                }
                if (near is { } around && DayNear(around, month, day) is { } nearDay)
                {
                    start = dayStart; end = after;
                    return nearDay;
                }
            }
            // Day after the month: "April 12th, 2019", "Apr. 12, 2019".
            if (NumberAfter(s, after, out day, out int dayEnd) && day is >= 1 and <= 31)
            {
                if ((YearAfter(s, dayEnd, out int year, out int yearEnd) || YearAfter(s, SkipTime(s, dayEnd), out year, out yearEnd))
                    && IsoDate.MakeDay(year, month, day, out var date))
                {
                    start = wordStart; end = yearEnd;
                    return date;
                }
                if (near is { } around && DayNear(around, month, day) is { } nearDay)
                {
                    start = wordStart; end = dayEnd;
                    return nearDay;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The day a dateline shows without its year ("Posted Nov 18, 8:19 PM") beside a full machine date of the same
    /// moment (its datetime attribute, perhaps in UTC): the shown day when it is within a day of the machine date.
    /// </summary>
    public static ArticleDate? ParseShownDay(string? text, DateOnly near)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = text.AsSpan().Trim();
        if (s.Length > MaxLength) s = s[..MaxLength];
        if (FindNamedMonth(s, out int start, out int end, near) is not { } day) return null;
        return DayTime.TryFind(s, start, end, out var time, out var offset) ? new ArticleDate(day, time, offset) : new ArticleDate(day);
    }

    // The year that puts day and month within a day of the given date (a shown day late on 31 December, say).
    private static DateOnly? DayNear(DateOnly near, int month, int day)
    {
        for (int year = near.Year - 1; year <= near.Year + 1; year++)
            if (IsoDate.MakeDay(year, month, day, out var date) && Math.Abs(date.DayNumber - near.DayNumber) <= 1) return date;
        return null;
    }

    // "12.04.2019", "12/04/2019", "04/12/2019" (MonthFirst), "12-04-2019", "2019/04/12", "12.04.19".
    private static DateOnly? FindNumeric(ReadOnlySpan<char> s, DateOrder order, out int start, out int end)
    {
        start = end = 0;
        int i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && (char.IsAsciiDigit(s[i - 1]) || s[i - 1] is '.' or '/' or '-' or ':'))) { i++; continue; }
            int a0 = i;
            int a = ReadNumber(s, ref i, out int aLen);
            if (i >= s.Length || s[i] is not ('.' or '/' or '-')) continue;
            char sep = s[i++];
            int b = ReadNumber(s, ref i, out int bLen);
            if (bLen == 0 || bLen > 2 || i >= s.Length || s[i] != sep) continue;
            i++;
            int c = ReadNumber(s, ref i, out int cLen);
            if (cLen == 0 || (i < s.Length && (char.IsAsciiDigit(s[i]) || (s[i] == sep && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))) continue;
            int year, month, day;
            if (aLen == 4 && cLen <= 2) { year = a; month = b; day = c; }
            else if (aLen <= 2 && (cLen == 4 || (cLen == 2 && sep != '-')))
            {
                year = cLen == 4 ? c : 2000 + c;
                // Dots mean day first everywhere; a part over 12 can only be the day.
                bool monthFirst = sep != '.' && (a > 12 ? false : b > 12 || order == DateOrder.MonthFirst);
                (month, day) = monthFirst ? (a, b) : (b, a);
            }
            else continue;
            if (IsoDate.MakeDay(year, month, day, out var date))
            {
                start = a0; end = i;
                return date;
            }
        }
        return null;
    }

    // "2020年07月03日" (Chinese, Japanese), "2020년 7월 3일" (Korean): each number marked by its unit, year first.
    private static DateOnly? FindUnitMarked(ReadOnlySpan<char> s, out int start, out int end)
    {
        start = end = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]) || (i > 0 && char.IsAsciiDigit(s[i - 1]))) continue;
            int at = i, j = i;
            int year = ReadNumber(s, ref j, out int yearLen);
            if (yearLen != 4 || !Unit(s, ref j, '年', '년')) continue;
            int month = ReadNumber(s, ref j, out int monthLen);
            if (monthLen is 0 or > 2 || !Unit(s, ref j, '月', '월')) continue;
            int day = ReadNumber(s, ref j, out int dayLen);
            if (dayLen is 0 or > 2 || !Unit(s, ref j, '日', '일')) continue;
            if (!IsoDate.MakeDay(year, month, day, out var date)) continue;
            start = at; end = j;
            return date;
        }
        return null;

        // The unit after a number, spaces around it allowed ("2020년 7월"); j moves past it.
        static bool Unit(ReadOnlySpan<char> s, ref int j, char cjk, char korean)
        {
            while (j < s.Length && s[j] == ' ') j++;
            if (j >= s.Length || s[j] != cjk && s[j] != korean) return false;
            j++;
            while (j < s.Length && s[j] == ' ') j++;
            return true;
        }
    }

    private static int ReadNumber(ReadOnlySpan<char> s, ref int i, out int length)
    {
        int value = 0, begin = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - begin < 5) value = value * 10 + (s[i++] - '0');
        length = i - begin;
        return value;
    }

    private static readonly string[] Connectors = ["de", "of", "the", "du", "del"];

    // Steps back over spaces, a dot after the day ("12. April"), and connectors ("12 de abril", "12th of April").
    private static int SkipConnectorsBack(ReadOnlySpan<char> s, int at)
    {
        int i = at;
        while (true)
        {
            while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\u00A0')) i--;
            if (i > 0 && s[i - 1] == '.') { i--; continue; }
            int wordEnd = i;
            while (i > 0 && char.IsLetter(s[i - 1])) i--;
            if (i == wordEnd) return i;
            var word = s[i..wordEnd];
            bool connector = false;
            foreach (var c in Connectors) connector |= word.Equals(c, StringComparison.OrdinalIgnoreCase);
            if (connector && i > 0 && s[i - 1] == ' ') continue;
            // An ordinal suffix glued to the day: "12th", "1er", "1st", "2nd", "3rd", "1º".
            if (i > 0 && char.IsAsciiDigit(s[i - 1]) && IsOrdinalSuffix(word)) return i;
            return wordEnd;
        }
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> word)
        => word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
           || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase)
           || word.Equals("er", StringComparison.OrdinalIgnoreCase) || word is "º" or "ª" or "o" or "e";

    private static bool NumberBefore(ReadOnlySpan<char> s, int at, out int value, out int start)
    {
        value = 0;
        start = at;
        while (start > 0 && start > at - 2 && char.IsAsciiDigit(s[start - 1])) start--;
        if (start == at || (start > 0 && (char.IsLetterOrDigit(s[start - 1]) || s[start - 1] is ':' or '/'))) return false;
        for (int i = start; i < at; i++) value = value * 10 + (s[i] - '0');
        return true;
    }

    private static bool NumberAfter(ReadOnlySpan<char> s, int at, out int value, out int end)
    {
        value = 0;
        int i = at;
        while (i < s.Length && (s[i] == ' ' || s[i] == '\u00A0')) i++;
        int begin = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - begin < 2) value = value * 10 + (s[i++] - '0');
        end = i;
        if (i == begin || (i < s.Length && char.IsAsciiDigit(s[i]))) return false;
        // "12th", "1st", "12."
        int suffix = i;
        while (suffix < s.Length && char.IsLetter(s[suffix]) && suffix - i < 2) suffix++;
        if (suffix > i && IsOrdinalSuffix(s[i..suffix]) && (suffix == s.Length || !char.IsLetter(s[suffix]))) end = suffix;
        else if (suffix > i) return false;
        return true;
    }

    // A dateline laid out in boxes reads "November 20 15:23 2019": the time stands between the day and the year.
    private static int SkipTime(ReadOnlySpan<char> s, int at)
    {
        int i = at;
        while (i < s.Length && s[i] is ' ' or ',' or '\u00A0') i++;
        int begin = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - begin < 2) i++;
        if (i == begin || i + 2 >= s.Length || s[i] != ':' || !char.IsAsciiDigit(s[i + 1]) || !char.IsAsciiDigit(s[i + 2])) return at;
        return i + 3;
    }

    // The year after the day and month: "2019", ", 2019", " de 2019", " del 2019".
    private static bool YearAfter(ReadOnlySpan<char> s, int at, out int year, out int end)
    {
        year = 0;
        int i = at;
        for (int hops = 0; hops < 3; hops++)
        {
            while (i < s.Length && (s[i] is ' ' or ',' or '.' or '\u00A0')) i++;
            int wordEnd = i;
            while (wordEnd < s.Length && char.IsLetter(s[wordEnd])) wordEnd++;
            if (wordEnd == i) break;
            var word = s[i..wordEnd];
            if (!word.Equals("de", StringComparison.OrdinalIgnoreCase) && !word.Equals("del", StringComparison.OrdinalIgnoreCase)) break;
            i = wordEnd;
        }
        int begin = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]) && i - begin < 4) year = year * 10 + (s[i++] - '0');
        end = i;
        return i - begin == 4 && (i == s.Length || !char.IsAsciiDigit(s[i]));
    }
}
