using Lede.Html;
using Lede.Pages;
using Lede.Lexicon;

namespace Lede.Pages;

/// <summary>What an element's class and id say about it.</summary>
internal enum ClassSignal : byte
{
    None,

    /// <summary>Names page chrome or a widget (comments, share bar, ads, newsletter box).</summary>
    Chrome,

    /// <summary>Names the story's body ("article-body", itemprop=articleBody).</summary>
    StoryBody,
}

/// <summary>Reads class and id attributes into a <see cref="ClassSignal"/>, token by token, without regex.</summary>
internal static class ClassSignals
{
    /// <summary>
    /// Every element's signal, in one pass. A page repeats its class lists ("menu-item", "post-card"): each distinct
    /// one is read once (ids are unique, and read as they come).
    /// </summary>
    public static void ReadAll(PageDocument page, ClassSignal[] signals, CancellationToken cancellationToken)
    {
        var byClassList = new Dictionary<string, ClassSignal>(StringComparer.Ordinal);
        for (int i = 0; i < page.Count; i++)
        {
            if ((i & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            signals[i] = Read(page, i, byClassList);
        }
    }

    private static ClassSignal Read(PageDocument page, int element, Dictionary<string, ClassSignal>? byClassList)
    {
        if (DeclaresArticleBody(page, element))
            return ClassSignal.StoryBody;
        var classes = page.AttributeSpan(element, KnownNames.Class, out _);
        ClassSignal signal;
        if (byClassList is null || classes.IsEmpty)
            signal = ReadValue(classes);
        else
        {
            var lookup = byClassList.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(classes, out signal))
                lookup[classes] = signal = ReadValue(classes);
        }
        if (signal != ClassSignal.None) return signal;
        return ReadValue(page.AttributeSpan(element, KnownNames.Id, out _));
    }

    /// <summary>Microdata that declares the element the article's body (<c>itemprop=articleBody</c>).</summary>
    public static bool DeclaresArticleBody(PageDocument page, int element)
        => page.AttributeSpan(element, KnownNames.Itemprop, out _).Contains("articleBody", StringComparison.OrdinalIgnoreCase);

    // Read for every class and id of a page: the span lookups made once, the compounds searched for all at once.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromeWords = Vocabulary.Chrome.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StoryBodyCompounds = Vocabulary.StoryBodyCompounds.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly System.Buffers.SearchValues<string> ChromeCompounds = System.Buffers.SearchValues.Create(Vocabulary.ChromeCompounds, StringComparison.Ordinal);

    /// <summary>Classifies one class or id attribute value (several classes separated by spaces).</summary>
    public static ClassSignal ReadValue(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return ClassSignal.None;
        bool chrome = false, body = false;
        Span<char> token = stackalloc char[64];
        Span<char> compound = stackalloc char[64];
        int t = 0, c = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            char ch = i < value.Length ? value[i] : ' ';
            bool classEnd = ch == ' ' || ch == '\t' || ch == '\n';
            bool alnum = char.IsAsciiLetterOrDigit(ch);
            // camelCase boundary: "relatedArticles" → "related" + "articles"
            bool camel = alnum && char.IsAsciiLetterUpper(ch) && t > 0 && char.IsAsciiLetterLower(token[t - 1]);
            if (!alnum || camel)
            {
                if (t > 0 && ChromeWords.Contains(token[..t])) chrome = true;
                t = 0;
            }
            if (alnum)
            {
                char lower = char.ToLowerInvariant(ch);
                if (t < token.Length) token[t++] = lower;
                if (c < compound.Length) compound[c++] = lower;
            }
            if (classEnd)
            {
                if (c > 0)
                {
                    var whole = compound[..c];
                    if (StoryBodyCompounds.Contains(whole)) body = true;
                    else if (!chrome && whole.ContainsAny(ChromeCompounds)) chrome = true;
                }
                c = 0;
            }
        }
        // A class list that names both ("article-body ad-wrapper") is treated as chrome only when it does not name the body.
        return body ? ClassSignal.StoryBody : chrome ? ClassSignal.Chrome : ClassSignal.None;
    }
}
