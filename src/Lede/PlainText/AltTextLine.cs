using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Recognises an image's alt text that a scraper left in the text ("jane doe and john roe at the gala"): a short line
/// of lower-case words with no punctuation and no verb of being or saying. Only a line beside a picture's credit is
/// taken for one: elsewhere such a line may be a fragment of the story.
/// </summary>
internal static class AltTextLine
{
    private const int MaxChars = 80;
    private const int MaxWords = 10;

    // Auxiliaries and verbs of saying in the seven languages: a line with one is a sentence, not a description.
    private static readonly HashSet<string> Verbs = WordLists.Set(Section.Verbs);

    /// <summary>True when the line reads as an image description rather than text.</summary>
    public static bool Reads(string text)
    {
        if (text.Length is < 3 or > MaxChars) return false;
        int words = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (++words > MaxWords) return false;
            foreach (char c in word)
                if (!(char.IsLetter(c) && !char.IsUpper(c)) && c is not ('-' or '\'' or '’' or '&')) return false;
            if (Verbs.Contains(word)) return false;
        }
        return words > 0;
    }
}
