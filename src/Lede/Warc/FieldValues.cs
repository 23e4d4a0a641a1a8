using System.Globalization;

namespace Lede.Warc;

/// <summary>Tolerant readings of record field values: target URIs and capture dates.</summary>
internal static class FieldValues
{
    // W3C-DTF, as WARC 1.0 and 1.1 (§5.4) write WARC-Date; 1.1 allows fractions of a second.
    private static readonly string[] WarcDateFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
        "yyyy-MM",
        "yyyy",
    ];

    /// <summary>
    /// A target URI without surrounding whitespace and the angle brackets WARC 1.0's grammar (and Wget) put around
    /// it; spaces inside are kept as written (seen in real files, and not ours to repair). Null when empty.
    /// </summary>
    public static string? CleanUri(string? value)
    {
        var span = value.AsSpan().Trim();
        if (span.Length >= 2 && span[0] == '<' && span[^1] == '>')
            span = span[1..^1].Trim();
        return span.IsEmpty ? null : span.ToString();
    }

    /// <summary>A <c>WARC-Date</c>; null when absent or unreadable.</summary>
    public static DateTimeOffset? ParseWarcDate(string? value) =>
        DateTimeOffset.TryParseExact(value?.Trim(), WarcDateFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;

    /// <summary>An ARC date, <c>yyyyMMddHHmmss</c> in UTC (shorter forms down to the year are read too); null otherwise.</summary>
    public static DateTimeOffset? ParseArcDate(ReadOnlySpan<char> value)
    {
        if (value.Length is < 4 or > 14 || value.Length % 2 != 0 || value.ContainsAnyExceptInRange('0', '9'))
            return null;
        Span<char> full = stackalloc char[14];
        value.CopyTo(full);
        "0101000000".AsSpan(value.Length - 4).CopyTo(full[value.Length..]);
        return DateTimeOffset.TryParseExact(full, "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
    }
}
