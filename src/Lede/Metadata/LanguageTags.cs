namespace Lede.Metadata;

/// <summary>Normalises what pages write as a language ("en_US", "EN-us", "de-DE,en", "English") to a BCP 47 tag ("en-US").</summary>
internal static class LanguageTags
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["german"] = "de", ["deutsch"] = "de", ["french"] = "fr", ["français"] = "fr", ["spanish"] = "es",
        ["español"] = "es", ["italian"] = "it", ["italiano"] = "it", ["portuguese"] = "pt", ["português"] = "pt", ["dutch"] = "nl",
        ["nederlands"] = "nl",
    };

    public static string? Normalise(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        // "de-DE, en" lists several: the first is the page's own.
        int comma = text.IndexOfAny([',', ';', ' ']);
        if (comma > 0) text = text[..comma];
        if (Names.TryGetValue(text, out var named)) return named;
        var parts = text.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter)) return null;
        var tag = parts[0].ToLowerInvariant();
        foreach (var part in parts.Skip(1))
        {
            if (!part.All(char.IsAsciiLetterOrDigit) || part.Length is < 2 or > 8) break;
            tag += "-" + (part.Length == 2 ? part.ToUpperInvariant() : part.Length == 4 ? char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant() : part.ToLowerInvariant());
        }
        return tag;
    }

    /// <summary>The primary language subtag: "en" for "en-US".</summary>
    public static string Primary(string tag)
    {
        int dash = tag.IndexOf('-');
        return dash < 0 ? tag : tag[..dash];
    }
}
