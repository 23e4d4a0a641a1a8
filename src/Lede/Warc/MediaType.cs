namespace Lede.Warc;

/// <summary>A Content-Type value read for what the reader needs: the media type and the charset parameter.</summary>
/// <param name="Type">Lower case, without parameters; null when the value is missing or empty.</param>
/// <param name="Charset">The <c>charset</c> parameter without quotes; null when none.</param>
internal readonly record struct MediaType(string? Type, string? Charset)
{
    /// <summary>True for the types an article extractor reads: <c>text/html</c> and <c>application/xhtml+xml</c>.</summary>
    public bool IsHtml => Type is "text/html" or "application/xhtml+xml";

    public static MediaType Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return default;
        var parts = value.Split(';', StringSplitOptions.TrimEntries);
        var type = parts[0].ToLowerInvariant();
        string? charset = null;
        foreach (var parameter in parts.AsSpan(1))
        {
            var equals = parameter.IndexOf('=');
            if (equals <= 0 || !parameter.AsSpan(0, equals).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
                continue;
            var text = parameter.AsSpan(equals + 1).Trim().Trim('"').Trim('\'').Trim();
            charset = text.IsEmpty ? null : text.ToString();
        }
        return new MediaType(type.Length == 0 ? null : type, charset);
    }
}
