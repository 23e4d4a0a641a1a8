using System.Text;

namespace Lede;

/// <summary>A code block's language as the writers put it in a class name or a fence's info string.</summary>
internal static class CodeLanguageName
{
    /// <summary>
    /// The language kept to letters, digits and <c>- + # _ .</c>, lower case: safe in a class attribute and in a Markdown
    /// fence, whatever a hand-written article holds; null when nothing is left.
    /// </summary>
    public static string? Safe(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var kept = new StringBuilder(language.Length);
        foreach (char c in language)
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#' or '_' or '.') kept.Append(char.ToLowerInvariant(c));
        return kept.Length is > 0 and <= 32 ? kept.ToString() : null;
    }
}
