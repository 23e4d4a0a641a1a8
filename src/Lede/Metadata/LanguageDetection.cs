using System.Text;

namespace Lede.Metadata;

/// <summary>
/// Guesses the language of a page that does not declare one, from a sample of its first paragraphs (about 1,000
/// characters): the writing system first (Cyrillic, Greek, Arabic, Hebrew, Hangul, kana, Han, Thai, Devanagari),
/// then, for Latin script, which of the seven languages' function words are most frequent. No guess when the
/// evidence is thin: a wrong language is worse than none.
/// </summary>
/// <remarks>
/// A stop-word count rather than a statistical detector (Lingua): on the benchmark pages Lingua cost far more per
/// page than the rest of the metadata together, for pages that mostly declare their language anyway; see the
/// README's metadata section for the measurement.
/// </remarks>
internal static class LanguageDetection
{
    private const int SampleChars = 1000;

    // Fewer function words than this in the sample is not evidence of anything (a caption, a list of names).
    private const int MinHits = 5;

    // To overrule what the page declares, the text must be unmistakable: a thousand characters of German hold 40 or more.
    private const int StrongHits = 15;

    /// <summary>
    /// The declared language, unless the text plainly says otherwise (a template's lang="en" on a German page);
    /// detected from the text when the page declares none.
    /// </summary>
    public static Found<string>? Decide(PageScan scan, Found<string>? declared)
    {
        var sample = Sample(scan);
        if (declared is not { } d)
            return Detect(sample, out _) is { } language ? new Found<string>(language, "detected from the text (no declared language)") : null;
        var primary = LanguageTags.Primary(d.Value);
        if (ByScript(sample) is { } script)
            return script == primary ? d : new Found<string>(script, $"detected from the text's script (the page declares {d.Value})");
        if (Detect(sample, out var scores) is not { } detected || detected == primary) return d;
        int declaredIndex = Array.FindIndex(StopWords.ByLanguage, l => l.Language == primary);
        int declaredHits = declaredIndex < 0 ? 0 : scores[declaredIndex];
        int detectedHits = scores[Array.FindIndex(StopWords.ByLanguage, l => l.Language == detected)];
        // Overrule the page only on strong evidence: its own language's words are rare and another's abound.
        bool plainlyOther = detectedHits >= StrongHits && detectedHits >= 3 * declaredHits && (declaredIndex >= 0 || declaredHits == 0);
        return plainlyOther && declaredIndex >= 0 ? new Found<string>(detected, $"detected from the text (the page declares {d.Value})") : d;
    }

    private static string Sample(PageScan scan)
    {
        var sample = new StringBuilder(SampleChars + 200);
        foreach (int p in scan.Paragraphs)
        {
            if (scan.InAside(p) || (scan.TextOf(p, 2000) ?? scan.OwnTextOf(p)) is not { } text) continue;
            sample.Append(text).Append(' ');
            if (sample.Length >= SampleChars) break;
        }
        return sample.ToString();
    }

    /// <summary>The language of a text, or null without clear evidence; <paramref name="scores"/> holds the function-word hits per language.</summary>
    public static string? Detect(string text, out int[] scores)
    {
        scores = new int[StopWords.ByLanguage.Length];
        if (ByScript(text) is { } script) return script;
        Span<int> hits = scores;
        Span<char> lower = stackalloc char[12];
        foreach (var range in text.AsSpan().SplitAny(" \t\n,.;:!?\"'()«»“”‘’"))
        {
            var word = text.AsSpan()[range];
            if (word.IsEmpty || word.Length > 12) continue;
            int length = word.ToLowerInvariant(lower);
            for (int l = 0; l < hits.Length; l++)
                if (StopWords.ByLanguage[l].Words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower[..length])) hits[l]++;
        }
        int best = 0;
        for (int l = 1; l < hits.Length; l++)
            if (hits[l] > hits[best]) best = l;
        int second = 0;
        for (int l = 0; l < hits.Length; l++)
            if (l != best) second = Math.Max(second, hits[l]);
        // A clear winner: enough hits, and well ahead of the next language (Spanish and Portuguese share many words).
        if (hits[best] < MinHits || hits[best] * 2 < second * 3) return null;
        return StopWords.ByLanguage[best].Language;
    }

    // Most letters in one non-Latin script name the language outright (or nearly: Cyrillic is read as Russian
    // unless letters only Ukrainian uses appear).
    internal static string? ByScript(string text)
    {
        int latin = 0, cyrillic = 0, ukrainian = 0, greek = 0, arabic = 0, hebrew = 0, hangul = 0, kana = 0, han = 0, thai = 0, devanagari = 0;
        foreach (char c in text)
        {
            if (c < 0x80) { if (char.IsAsciiLetter(c)) latin++; continue; }
            switch (c)
            {
                case >= '\u00C0' and <= '\u024F': latin++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case 'і' or 'ї' or 'є' or 'ґ': cyrillic++; ukrainian++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\u4E00' and <= '\u9FFF': han++; break;
                case >= '\uAC00' and <= '\uD7AF': hangul++; break;
            }
        }
        int other = cyrillic + greek + arabic + hebrew + hangul + kana + han + thai + devanagari;
        if (other < 20 || other < latin) return null;
        if (hangul * 2 > other) return "ko";
        if (kana > 0 && kana * 10 > other && han + kana > other / 2) return "ja";
        if (han * 2 > other) return "zh";
        if (cyrillic * 2 > other) return ukrainian * 50 > cyrillic ? "uk" : "ru";
        if (greek * 2 > other) return "el";
        if (arabic * 2 > other) return "ar";
        if (hebrew * 2 > other) return "he";
        if (thai * 2 > other) return "th";
        if (devanagari * 2 > other) return "hi";
        return null;
    }
}
