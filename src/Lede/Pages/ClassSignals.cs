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

/// <summary>
/// Reads class and id attributes into a <see cref="ClassSignal"/> for the body stages and a <see cref="PageHint"/> for
/// the metadata, token by token, without regex: one pass over each distinct class list and each id gives both.
/// </summary>
internal static class ClassSignals
{
    // Class lists already read on the page being read, by a hash of their characters, each with where it first stood:
    // a page repeats its class lists ("menu-item", "post-card"), so each distinct one is read once. No string is made
    // (a hit is confirmed by comparing the characters), and the table is kept per thread and emptied for each page.
    [ThreadStatic]
    private static Dictionary<ulong, (TextRange First, ClassSignal Signal, PageHint Hint)>? readClassLists;

    /// <summary>Every element's signal and hint, in one pass; each distinct class list read once (ids are unique, and read as they come).</summary>
    public static void ReadAll(PageDocument page, ClassSignal[] signals, PageHint[] hints, CancellationToken cancellationToken)
    {
        var byClassList = readClassLists ??= [];
        byClassList.Clear();
        for (int i = 0; i < page.Count; i++)
        {
            if ((i & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
            (signals[i], hints[i]) = Read(page, i, byClassList);
        }
    }

    private static (ClassSignal, PageHint) Read(PageDocument page, int element, Dictionary<ulong, (TextRange First, ClassSignal Signal, PageHint Hint)> byClassList)
    {
        // The three attributes read here, taken in one walk over the element's attributes (the first of each name).
        TextRange range = TextRange.Missing, id = TextRange.Missing, itemprop = TextRange.Missing;
        foreach (var attribute in page.Tree.AttributesOf(page.NodeOf(element)))
        {
            if (attribute.Namespace != AttributeNamespace.None) continue;
            if (attribute.Name == KnownNames.Class && !range.Exists) range = attribute.Value;
            else if (attribute.Name == KnownNames.Id && !id.Exists) id = attribute.Value;
            else if (attribute.Name == KnownNames.Itemprop && !itemprop.Exists) itemprop = attribute.Value;
        }
        var classes = page.Tree.Text[range];
        ClassSignal signal = ClassSignal.None;
        PageHint hint = PageHint.None;
        if (!classes.IsEmpty)
        {
            ulong hash = Hash(classes);
            if (byClassList.TryGetValue(hash, out var seen) && page.Tree.Text[seen.First].SequenceEqual(classes))
                (signal, hint) = (seen.Signal, seen.Hint);
            else
            {
                signal = Read(classes, out hint);
                byClassList.TryAdd(hash, (range, signal, hint)); // a colliding list is read every time, never mistaken
            }
        }
        var idSignal = Read(page.Tree.Text[id], out var idHint);
        if (page.Tree.Text[itemprop].Contains(ArticleBody, StringComparison.OrdinalIgnoreCase)) signal = ClassSignal.StoryBody;
        else if (signal == ClassSignal.None) signal = idSignal;
        return (signal, hint | idHint);
    }

    // A class list's hash, four characters at a time (a list averages some 25 characters). Any hash will do: a hit is
    // confirmed by comparing the characters.
    private static ulong Hash(ReadOnlySpan<char> text)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15UL;
        ulong hash = (ulong)text.Length * Multiplier;
        foreach (ulong four in System.Runtime.InteropServices.MemoryMarshal.Cast<char, ulong>(text))
            hash = (System.Numerics.BitOperations.RotateLeft(hash, 23) ^ four) * Multiplier;
        foreach (char c in text[(text.Length & ~3)..])
            hash = (System.Numerics.BitOperations.RotateLeft(hash, 23) ^ c) * Multiplier;
        return hash ^ (hash >> 29);
    }

    /// <summary>Microdata that declares the element the article's body (<c>itemprop=articleBody</c>).</summary>
    public static bool DeclaresArticleBody(PageDocument page, int element)
        => page.AttributeSpan(element, KnownNames.Itemprop, out _).Contains(ArticleBody, StringComparison.OrdinalIgnoreCase);

    private const string ArticleBody = "articleBody";

    // Read for every class and id of a page: a word or compound looked up once for all it means, the parts a compound
    // may hold searched for all at once.
    private static readonly WordMap<ClassWordMeaning> WordMeanings = Meanings(Vocabulary.Chrome, chrome: true, Vocabulary.Related);
    private static readonly WordMap<ClassWordMeaning> CompoundMeanings = Meanings(Vocabulary.StoryBodyCompounds, chrome: false, []);
    // The chrome compounds (bit 0) and related compounds (bit 1) found inside a class's compound as it is read.
    private static readonly InfixAutomaton InnerCompounds = new(Vocabulary.ChromeCompounds, Vocabulary.RelatedCompounds);
    private const int ChromeInside = 1, RelatedInside = 2;

    // The page-hint words with the signal words of one kind (chrome words, or story-body compounds) and the related
    // words beside them.
    private static WordMap<ClassWordMeaning> Meanings(IEnumerable<string> signalWords, bool chrome, IEnumerable<string> relatedWords)
    {
        var meanings = new Dictionary<string, ClassWordMeaning>(StringComparer.Ordinal);
        foreach (var (word, hint) in PageHints.Words) meanings[word] = new ClassWordMeaning(false, false, hint);
        foreach (var word in signalWords)
            meanings[word] = meanings.GetValueOrDefault(word) with { Chrome = chrome, StoryBody = !chrome };
        foreach (var word in relatedWords)
            meanings[word] = meanings.GetValueOrDefault(word) with { Related = true };
        return new WordMap<ClassWordMeaning>(meanings);
    }

    /// <summary>Classifies one class or id attribute value (several classes separated by spaces).</summary>
    public static ClassSignal ReadValue(ReadOnlySpan<char> value) => Read(value, out _);

    /// <summary>Classifies one class or id attribute value, and reads what it hints at for the metadata and the related links.</summary>
    /// <remarks>
    /// The words and the compounds of <see cref="ClassWords"/> are read in one pass over the value rather than by its
    /// two readers in turn: this runs for every distinct class list and every id of every page. Words are runs of
    /// ASCII letters and digits, also cut where a capital follows a letter; each class's compound is its letters and
    /// digits; both lowercased, a word longer than the buffer passed over and a compound cut to it, as there.
    /// </remarks>
    [System.Runtime.CompilerServices.SkipLocalsInit] // both buffers are read only where written
    public static ClassSignal Read(ReadOnlySpan<char> value, out PageHint hint)
    {
        hint = PageHint.None;
        if (value.IsEmpty) return ClassSignal.None;
        bool hints = value.Length <= PageHints.MaxValueLength;
        Span<char> word = stackalloc char[ClassWords.BufferLength];
        Span<char> compound = stackalloc char[ClassWords.BufferLength];
        bool chrome = false, body = false;
        int at = 0;
        while (at < value.Length)
        {
            int wordLength = 0, compoundLength = 0, state = InfixAutomaton.Start, inside = 0;
            CharKind previous = CharKind.Other;
            for (; at < value.Length; at++)
            {
                char c = value[at];
                var kind = c < 128 ? Kinds[c] : CharKind.Other;
                if (kind == CharKind.Separator) break;
                if (kind == CharKind.Other)
                {
                    EndWord(word, wordLength, ref chrome, ref hint, hints);
                    wordLength = 0;
                }
                else
                {
                    if (kind == CharKind.Upper)
                    {
                        if (previous >= CharKind.Lower) // a capital after a letter starts a word
                        {
                            EndWord(word, wordLength, ref chrome, ref hint, hints);
                            wordLength = 0;
                        }
                        c = (char)(c | 0x20);
                    }
                    if (wordLength < word.Length) word[wordLength] = c;
                    wordLength++;
                    if (compoundLength < compound.Length)
                    {
                        compound[compoundLength++] = c;
                        state = InnerCompounds.Step(state, c, ref inside);
                    }
                }
                previous = kind;
            }
            EndWord(word, wordLength, ref chrome, ref hint, hints);
            if (compoundLength > 0)
            {
                var whole = compound[..compoundLength];
                CompoundMeanings.TryGetValue(whole, out var meaning); // nothing when absent
                if (hints && PageHints.CanHint(whole.Length)) hint |= meaning.Hint;
                if ((inside & RelatedInside) != 0) hint |= PageHint.Related;
                if (meaning.StoryBody) body = true;
                else if ((inside & ChromeInside) != 0) chrome = true;
            }
            at++; // past the separator
        }
        // A class list that names both ("article-body ad-wrapper") is treated as chrome only when it does not name the body.
        return body ? ClassSignal.StoryBody : chrome ? ClassSignal.Chrome : ClassSignal.None;
    }

    // The word just read: whether it is a chrome word, and what it hints at (one lookup for both).
    private static void EndWord(ReadOnlySpan<char> word, int length, ref bool chrome, ref PageHint hint, bool hints)
    {
        if (length == 0 || length > word.Length || !WordMeanings.TryGetValue(word[..length], out var meaning)) return;
        chrome |= meaning.Chrome;
        if (hints && PageHints.CanHint(length)) hint |= meaning.Hint;
        if (meaning.Related) hint |= PageHint.Related;
    }

    /// <summary>What a class word or compound means to the two readers, found with one lookup.</summary>
    internal readonly record struct ClassWordMeaning(bool Chrome, bool StoryBody, PageHint Hint, bool Related = false);

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
}
