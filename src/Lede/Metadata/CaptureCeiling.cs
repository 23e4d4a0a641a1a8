namespace Lede.Metadata;

/// <summary>
/// Drops dates later than the moment the page was captured (<see cref="ExtractionOptions.CapturedAt"/>): a crawl of
/// 2019 cannot hold a story published in 2021, so such a date is a template's "today", a footer year or a misread.
/// </summary>
internal readonly struct CaptureCeiling
{
    // A date without an offset is local to a zone we do not know; the earliest zone is 14 hours ahead of UTC
    // (UTC+14, Kiribati), so a day-only date counts as later only when it is later in every zone.
    private static readonly TimeSpan EarliestZone = TimeSpan.FromHours(14);

    private readonly DateTimeOffset? _capturedAt;

    public CaptureCeiling(DateTimeOffset? capturedAt) => _capturedAt = capturedAt;

    /// <summary>The date, or null when it is later than the capture.</summary>
    public Found<ArticleDate>? Keep(Found<ArticleDate>? date)
        => date is { } found && _capturedAt is { } captured && EarliestMoment(found.Value) > captured ? null : date;

    /// <summary>Each date, or null in its place when it is later than the capture.</summary>
    public Found<ArticleDate>?[] Keep(Found<ArticleDate>?[] dates)
    {
        var kept = new Found<ArticleDate>?[dates.Length];
        for (int i = 0; i < dates.Length; i++)
            kept[i] = Keep(dates[i]);
        return kept;
    }

    private static DateTimeOffset EarliestMoment(ArticleDate date)
        => date.Offset is not null ? date.ToDateTimeOffset() : date.ToDateTimeOffset() - EarliestZone;
}
