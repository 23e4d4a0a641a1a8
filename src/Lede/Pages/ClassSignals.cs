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
            ulong hash = Fnv1a(classes);
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

    private static ulong Fnv1a(ReadOnlySpan<char> text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
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
    public static ClassSignal ReadValue(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty) return ClassSignal.None;
        Span<char> buffer = stackalloc char[ClassWords.BufferLength];
        bool chrome = false, body = false;
        foreach (var word in ClassWords.Of(value, buffer))
            if (ChromeWords.Contains(word)) { chrome = true; break; }
        foreach (var compound in ClassWords.Compounds(value, buffer))
        {
            if (StoryBodyCompounds.Contains(compound)) body = true;
            else if (!chrome && compound.Length >= ShortestChromeCompound && compound.ContainsAny(ChromeCompounds)) chrome = true;
        }
        // A class list that names both ("article-body ad-wrapper") is treated as chrome only when it does not name the body.
        return body ? ClassSignal.StoryBody : chrome ? ClassSignal.Chrome : ClassSignal.None;
    }
}
