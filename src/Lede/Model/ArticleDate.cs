using System.Globalization;

namespace Lede;

/// <summary>
/// A date as precise as the page gives it: a calendar day, optionally a time, optionally the offset from UTC.
/// Written as ISO 8601: "2019-04-12", "2019-04-12T10:30:00" or "2019-04-12T10:30:00+02:00".
/// </summary>
/// <param name="Date">The calendar day.</param>
/// <param name="Time">The time of day, when the page gives it.</param>
/// <param name="Offset">The offset from UTC, when the page gives it (only with a time).</param>
public sealed record ArticleDate(DateOnly Date, TimeOnly? Time = null, TimeSpan? Offset = null)
{
    /// <summary>The date as ISO 8601, only as precise as it is.</summary>
    public override string ToString()
    {
        var date = Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (Time is not { } time) return date;
        var text = date + "T" + time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (Offset is not { } offset) return text;
        return text + (offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));
    }

    /// <summary>The date as a point in time: midnight when there is no time, UTC when there is no offset.</summary>
    public DateTimeOffset ToDateTimeOffset() => new(Date.ToDateTime(Time ?? TimeOnly.MinValue), Offset ?? TimeSpan.Zero);

    /// <summary>Reads an ISO 8601 date as <see cref="ToString"/> writes it (and the common variants); null when it is not one.</summary>
    public static ArticleDate? ParseIso(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new ArticleDate(day);
        bool hasOffset = text.EndsWith('Z') || text.EndsWith("z") || (text.Length > 19 && (text[^6] is '+' or '-'));
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
            return null;
        var local = hasOffset ? moment : new DateTimeOffset(moment.UtcDateTime, TimeSpan.Zero);
        return new ArticleDate(DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), hasOffset ? moment.Offset : null);
    }
}
