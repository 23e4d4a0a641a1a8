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
    // Class lists already read on the page being read, by a hash of their characters, each with where it first stood:
    // a page repeats its class lists ("menu-item", "post-card"), so each distinct one is read once. No string is made
    // (a hit is confirmed by comparing the characters), and the table is kept per thread and emptied for each page.
    [ThreadStatic]
    private static Dictionary<ulong, (TextRange First, ClassSignal Signal)>? readClassLists;

    /// <summary>Every element's signal, in one pass; each distinct class list read once (ids are unique, and read as they come).</summary>
    public static void ReadAll(PageDocument page, ClassSignal[] signals, CancellationToken cancellationToken)
    {
        var byClassList = readClassLists ??= [];
        byClassList.Clear();
        for (int i = 0; i < page.Count; i++)
        {
            if ((i & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            signals[i] = Read(page, i, byClassList);
        }
    }

    private static ClassSignal Read(PageDocument page, int element, Dictionary<ulong, (TextRange First, ClassSignal Signal)> byClassList)
    {
        // The three attributes read here, taken in one walk over the element's attributes.
        TextRange range = TextRange.Missing, id = TextRange.Missing, itemprop = TextRange.Missing;
        foreach (var attribute in page.Tree.AttributesOf(page.NodeOf(element)))
        {
            if (attribute.Namespace != AttributeNamespace.None) continue;
            if (attribute.Name == KnownNames.Class && !range.Exists) range = attribute.Value;
            else if (attribute.Name == KnownNames.Id && !id.Exists) id = attribute.Value;
            else if (attribute.Name == KnownNames.Itemprop && !itemprop.Exists) itemprop = attribute.Value;
        }
        if (page.Tree.Text[itemprop].Contains(ArticleBody, StringComparison.OrdinalIgnoreCase))
            return ClassSignal.StoryBody;
        var classes = page.Tree.Text[range];
        ClassSignal signal;
        if (classes.IsEmpty)
            signal = ClassSignal.None;
        else
        {
            ulong hash = ClassWords.Hash(classes);
            if (byClassList.TryGetValue(hash, out var seen) && page.Tree.Text[seen.First].SequenceEqual(classes))
                signal = seen.Signal;
            else
            {
                signal = ReadValue(classes);
                byClassList.TryAdd(hash, (range, signal)); // a colliding list is read every time, never mistaken
            }
        }
        if (signal != ClassSignal.None) return signal;
        return ReadValue(page.Tree.Text[id]);
    }

    /// <summary>Microdata that declares the element the article's body (<c>itemprop=articleBody</c>).</summary>
    public static bool DeclaresArticleBody(PageDocument page, int element)
        => page.AttributeSpan(element, KnownNames.Itemprop, out _).Contains(ArticleBody, StringComparison.OrdinalIgnoreCase);

    private const string ArticleBody = "articleBody";

    // Read for every class and id of a page: the span lookups made once, the compounds searched for all at once.
    private static readonly WordSet ChromeWords = new(Vocabulary.Chrome);
    private static readonly WordSet StoryBodyCompounds = new(Vocabulary.StoryBodyCompounds);
    private static readonly System.Buffers.SearchValues<string> ChromeCompounds = System.Buffers.SearchValues.Create(Vocabulary.ChromeCompounds, StringComparison.Ordinal);
    private static readonly int ShortestChromeCompound = Vocabulary.ChromeCompounds.Min(c => c.Length);

    /// <summary>Classifies one class or id attribute value (several classes separated by spaces).</summary>
    /// <remarks>
    /// The words and the compounds of <see cref="ClassWords"/> are read in one pass over the value rather than by its
    /// two readers in turn: this runs for every distinct class list and every id of every page. Words are runs of
    /// ASCII letters and digits, also cut where a capital follows a letter; each class's compound is its letters and
    /// digits; both lowercased, a word longer than the buffer passed over and a compound cut to it, as there.
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit] // both buffers are read only where written
    public static ClassSignal ReadValue(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return ClassSignal.None;
        Span<char> word = stackalloc char[ClassWords.BufferLength];
        Span<char> compound = stackalloc char[ClassWords.BufferLength];
        bool chrome = false;
        int at = 0;
        while (at < value.Length)
        {
            int wordLength = 0, compoundLength = 0;
            CharKind previous = CharKind.Other;
            for (; at < value.Length; at++)
            {
                char c = value[at];
                var kind = c < 128 ? Kinds[c] : CharKind.Other;
                if (kind == CharKind.Separator) break;
                if (kind == CharKind.Other)
                {
                    chrome |= EndsChromeWord(word, wordLength, chrome);
                    wordLength = 0;
                }
                else
                {
                    if (kind == CharKind.Upper)
                    {
                        if (previous >= CharKind.Lower) // a capital after a letter starts a word
                        {
                            chrome |= EndsChromeWord(word, wordLength, chrome);
                            wordLength = 0;
                        }
                        c = (char)(c | 0x20);
                    }
                    if (wordLength < word.Length) word[wordLength] = c;
                    wordLength++;
                    if (compoundLength < compound.Length) compound[compoundLength++] = c;
                }
                previous = kind;
            }
            chrome |= EndsChromeWord(word, wordLength, chrome);
            if (compoundLength > 0)
            {
                var whole = compound[..compoundLength];
                // A class list that names both ("article-body ad-wrapper") is treated as chrome only when it does not name the body.
                if (StoryBodyCompounds.Contains(whole)) return ClassSignal.StoryBody;
                if (!chrome && whole.Length >= ShortestChromeCompound && whole.ContainsAny(ChromeCompounds)) chrome = true;
            }
            at++; // past the separator
        }
        return chrome ? ClassSignal.Chrome : ClassSignal.None;
    }

    // What an ASCII character is to the class-word reading; every other character is Other.
    private enum CharKind : byte { Other, Separator, Digit, Lower, Upper }

    private static readonly CharKind[] Kinds = [.. Enumerable.Range(0, 128).Select(i => (char)i switch
    {
        _ when ClassWords.IsClassSeparator((char)i) => CharKind.Separator,
        >= '0' and <= '9' => CharKind.Digit,
        >= 'a' and <= 'z' => CharKind.Lower,
        >= 'A' and <= 'Z' => CharKind.Upper,
        _ => CharKind.Other,
    })];

    // Whether the word just read is a chrome word; not looked up once the value is known to name chrome.
    private static bool EndsChromeWord(ReadOnlySpan<char> word, int length, bool chromeAlready)
        => !chromeAlready && length > 0 && length <= word.Length && ChromeWords.Contains(word[..length]);
}
