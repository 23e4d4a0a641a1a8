namespace Lede.Metadata;

/// <summary>
/// Structured data often gives the publication time in UTC ("2019-11-19T04:58:46Z") while the page's readers, and
/// another of its tags, see the local time ("2019-11-18 20:58:46"): late in the evening the two fall on different
/// days. When another source gives the same instant as a local time without an offset — the same minutes and
/// seconds (minutes only, when it shows no seconds), a whole number of quarter hours away, at most 14 hours — the
/// offset is known, and the local time with it is the better answer.
/// </summary>
internal static class LocalTwin
{
    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);
    private static readonly TimeSpan Quarter = TimeSpan.FromMinutes(15);

    public static Found<ArticleDate>? Apply(Found<ArticleDate>? published, IEnumerable<Found<ArticleDate>?> others)
    {
        if (published is not { Value: { Time: { } time, Offset: { } offset } utc } found || offset != TimeSpan.Zero) return published;
        var instant = utc.Date.ToDateTime(time);
        var instantToTheMinute = instant.AddSeconds(-time.Second).AddTicks(-(instant.Ticks % TimeSpan.TicksPerSecond));
        foreach (var other in others)
        {
            if (other is not { Value: { Time: { } localTime, Offset: null } local } twin) continue;
            // A shown time to the minute ("8:19 PM") is the twin of "01:19:34Z".
            var difference = local.Date.ToDateTime(localTime) - (localTime.Second == 0 ? instantToTheMinute : instant);
            if (difference == TimeSpan.Zero || difference.Duration() > MaxOffset || difference.Ticks % Quarter.Ticks != 0) continue;
            return new Found<ArticleDate>(
                new ArticleDate(local.Date, localTime, difference),
                $"{found.Source}, in the page's own time zone ({twin.Source} gives the local time)");
        }
        return published;
    }
}
