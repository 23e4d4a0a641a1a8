using Lede.Metadata;
using Lede.Extraction;

namespace Lede.Content;

/// <summary>
/// Drops the paragraphs of a story that read as no language: in a story whose language the lexicon knows and whose
/// paragraphs read as it, a long paragraph with almost none of that language's function words is scrambled text (the
/// blurred, letter-shuffled rest of a paywalled article that some publishers send instead of the story) or stray code.
/// Reads the blocks and the page's language (<see cref="ArticleMetadata.Language"/>); writes only the blocks' dropped flags.
/// </summary>
internal static class DropGarbledText
{
    /// <summary>Shorter paragraphs (a list of names, a title, a quote of a few words) may lack function words honestly.</summary>
    private const int MinWords = 25;

    /// <summary>Prose holds 15–50% function words in every language of the lexicon; scrambled text holds none but by chance.</summary>
    private const double MaxGarbledShare = 0.02;

    /// <summary>The story as a whole must read as its language (code, tables of names and foreign text are left alone).</summary>
    private const double MinStoryShare = 0.1;

    public static void Run(ExtractionContext context)
    {
        var language = context.Metadata.Language is { } tag ? tag.Split('-')[0] : null;
        var words = StopWords.ByLanguage.FirstOrDefault(l => l.Language == language).Words;
        if (words is null || !AnyMayBeGarbled(context, words)) return;
        var counts = new List<(DraftBlock Block, int Words, int Function, int Lower)>();
        foreach (var block in context.Blocks)
        {
            if (block.Dropped || block.Block is not ParagraphBlock paragraph) continue;
            var (n, f, l) = Count(paragraph.Text, words);
            counts.Add((block, n, f, l));
        }
        // The garbled paragraphs themselves pull the story's share down: measure it without the ones that would go.
        int keptWords = 0, keptFunction = 0;
        foreach (var (_, n, f, l) in counts)
            if (!IsGarbled(n, f, l)) { keptWords += n; keptFunction += f; }
        if (keptWords == 0 || keptFunction < MinStoryShare * keptWords) return;
        foreach (var (block, n, f, l) in counts)
        {
            if (!IsGarbled(n, f, l)) continue;
            block.Dropped = true;
            context.Explain(nameof(DropGarbledText), block.Element, $"reads as no language: {f} of its {n} words are {language} function words (scrambled text?)");
        }
    }

    // Mostly lower-case words, as running text is: a list of names or titles ("Director_Oh Kyeong Taek, …") has none of
    // the function words either, but in capitals.
    private static bool IsGarbled(int words, int function, int lower) => words >= MinWords && function <= MaxGarbledShare * words && lower * 2 >= words;

    // Almost no story has a garbled paragraph: a first look that gives each paragraph up early spares counting them all.
    private static bool AnyMayBeGarbled(ExtractionContext context, HashSet<string> functionWords)
    {
        foreach (var block in context.Blocks)
            if (!block.Dropped && block.Block is ParagraphBlock paragraph && MayBeGarbled(paragraph.Text, functionWords)) return true;
        return false;
    }

    // A paragraph is not garbled once its function words pass the share of the most words its length could hold (a
    // word and a separator each): in prose that is within its first sentence.
    private static bool MayBeGarbled(string text, HashSet<string> functionWords)
    {
        int mostWords = (text.Length + 1) / 2;
        if (mostWords < MinWords) return false;
        var (n, f, l) = Count(text, functionWords, giveUpAbove: MaxGarbledShare * mostWords);
        return IsGarbled(n, f, l);
    }

    private static bool IsSeparator(char c) => c < 128 ? AsciiSeparators[c] : c is '«' or '»' or '“' or '”' or '„';

    private static readonly bool[] AsciiSeparators = [.. Enumerable.Range(0, 128).Select(c => " \n\t,.;:!?()\"".Contains((char)c))];

    /// <summary>The paragraph's words, function words and lower-case words; counting stops once function words pass <paramref name="giveUpAbove"/>.</summary>
    private static (int Words, int Function, int Lower) Count(string text, HashSet<string> functionWords, double giveUpAbove = double.MaxValue)
    {
        // One plain pass over the characters: in prose a separator comes every few characters, too often for a
        // vectorised search per word to pay for its setup.
        var lookup = functionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[16];
        int words = 0, function = 0, lowerCase = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (IsSeparator(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && !IsSeparator(text[i])) i++;
            var word = text.AsSpan(start, i - start);
            if (!char.IsLetter(word[0])) continue;
            words++;
            if (char.IsLower(word[0])) lowerCase++;
            if (word.Length <= lower.Length && lookup.Contains(lower[..word.ToLowerInvariant(lower)]) && ++function > giveUpAbove) break;
        }
        return (words, function, lowerCase);
    }
}
