using Lede.Content;
using Lede.Metadata;
using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Recognises a byline without "By": a name, a separator and a date ("Jane Doe - Nov 19, 2019, 10:31 pm CST",
/// "Anna Schmidt | 12. März 2024"), as pages print them under a headline.
/// </summary>
internal static class NameAndDateLine
{
    private const int MaxChars = 100;

    /// <summary>A name is a few words: "Jane Doe", "Maria de la Cruz Lopez".</summary>
    private const int MaxNameWords = 6;

    private static readonly string[] Separators = [" - ", " – ", " — ", " | ", " · ", " • "];

    /// <summary>The name part of the line when it is a name and a date; null otherwise.</summary>
    public static string? Name(string text)
    {
        if (text.Length > MaxChars) return null;
        foreach (var separator in Separators)
        {
            int at = text.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            var name = text[..at].Trim();
            if (TextMeasure.CountWords(name) is < 2 or > MaxNameWords || !char.IsUpper(name[0])) continue;
            if (DateText.Parse(text[(at + separator.Length)..]) is null) continue;
            var people = new List<string>();
            AuthorNames.Read(name, people, []);
            if (people.Count > 0) return name;
        }
        return null;
    }
}
