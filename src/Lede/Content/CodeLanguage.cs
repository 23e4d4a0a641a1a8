using Lede.Pages;

namespace Lede.Content;

/// <summary>
/// The language a code block names, read as highlighters write it: <c>class="language-x"</c> (the HTML standard's
/// suggestion, used by Prism and highlight.js), <c>lang-x</c> (Prettify), or a <c>data-lang</c> / <c>data-language</c>
/// attribute, on the &lt;pre&gt; or on a &lt;code&gt; inside it.
/// </summary>
internal static class CodeLanguage
{
    private const int MaxLength = 32;

    /// <summary>The language of the code block at <paramref name="pre"/>, lower case; null when none is named.</summary>
    public static string? Of(PageDocument page, int pre)
    {
        if (Read(page, pre) is { } own) return own;
        for (int i = pre + 1; i < page.SubtreeEnd[pre]; i++)
            if (page.Tag[i] == "code" && Read(page, i) is { } inner) return inner;
        return null;
    }

    private static string? Read(PageDocument page, int element)
    {
        foreach (var name in (ReadOnlySpan<string>)["data-lang", "data-language"])
            if (Clean(page.Attribute(element, name)) is { } named) return named;
        var classes = page.ClassName(element);
        if (string.IsNullOrEmpty(classes)) return null;
        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
        {
            var word = classes.AsSpan()[range];
            foreach (var prefix in (ReadOnlySpan<string>)["language-", "lang-"])
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && Clean(word[prefix.Length..].ToString()) is { } language)
                    return language;
        }
        return null;
    }

    // A language name is a short word ("csharp", "c++", "objective-c", "shell-session"); anything else is noise.
    private static string? Clean(string? value)
    {
        var name = value?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength) return null;
        foreach (char c in name)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '+' or '#' or '_' or '.')) return null;
        return name.ToLowerInvariant();
    }
}
