using System.Text;
using Lede.Html;

namespace Lede.Metadata;

/// <summary>
/// Guesses the language of a page that does not declare one, from a sample of its first paragraphs (about 1,000
/// characters): the writing system first (Cyrillic, Greek, Arabic, Hebrew, Hangul, kana, Han, Thai, Devanagari),
/// then, for Latin script, which of the seven languages' function words are most frequent. No guess when the
/// evidence is thin: a wrong language is worse than none.
/// </summary>
/// <remarks>
/// Why not a statistical detector: SearchPioneer.Lingua 2.0.0, measured on the 181 benchmark pages (first 1,000
/// characters of each article), cost 5–7 ms a page restricted to these seven languages and 12–13 ms with all of
/// them (about 0.6 ms on 200 characters) — more than the whole rest of an extraction (about 5 ms a page) — and 33
/// of those pages declare no language. These counts cost tens of microseconds and agree with the declared
/// language wherever a page declares one of the seven.
/// </remarks>
internal static class LanguageDetection
{
    private const int SampleChars = 1000;

    // Checking a declared language needs less: only a plain contradiction overrules the page.
    private const int CheckChars = 500;

    // Fewer function words than this in the sample is not evidence of anything (a caption, a list of names).
    private const int MinHits = 5;

    // The longest function word in the lists ("também", "quando"): longer words need no lookup.
    private const int MaxStopWord = 7;

    // To overrule what the page declares, the text must be unmistakable: 600 characters of German hold 25 or more.
    private const int StrongHits = 12;

    /// <summary>
    /// The declared language, unless the text plainly says otherwise (a template's lang="en" on a German page);
    /// detected from the text when the page declares none.
    /// </summary>
    public static Found<string>? Decide(PageScan scan, Found<string>? declared)
    {
        var counts = new Counts();
        Sample(scan, declared is null ? SampleChars : CheckChars, ref counts);
        if (declared is not { } d)
            return counts.Language() is { } language ? new Found<string>(language, "detected from the text (no declared language)") : null;
        var primary = LanguageTags.Primary(d.Value);
        if (counts.Script() is { } script)
            return script == primary ? d : new Found<string>(script, $"detected from the text's script (the page declares {d.Value})");
        if (counts.Language() is not { } detected || detected == primary) return d;
        int declaredIndex = Array.FindIndex(StopWords.ByLanguage, l => l.Language == primary);
        if (declaredIndex < 0) return d; // a language Lede has no word list for: trust the page
        int detectedHits = counts.Hits[Array.FindIndex(StopWords.ByLanguage, l => l.Language == detected)];
        // Overrule the page only on strong evidence: its own language's words are rare and another's abound.
        bool plainlyOther = detectedHits >= StrongHits && detectedHits >= 3 * counts.Hits[declaredIndex];
        return plainlyOther ? new Found<string>(detected, $"detected from the text (the page declares {d.Value})") : d;
    }

    /// <summary>The language of a text, or null without clear evidence.</summary>
    public static string? Detect(string text)
    {
        var counts = new Counts();
        counts.Add(text);
        return counts.Language();
    }

    // The paragraphs' own text nodes (links and emphasis left out) are plenty to tell a language, and are read in
    // place, without building a string.
    private static void Sample(PageScan scan, int chars, ref Counts counts)
    {
        foreach (int p in scan.Paragraphs)
        {
            if (scan.InAside(p)) continue;
            var tree = scan.Page.Tree;
            for (int node = tree[scan.Page.NodeOf(p)].FirstChild; node >= 0; node = tree[node].NextSibling)
                if (tree[node].Kind == NodeKind.Text) counts.Add(tree.TextOf(node));
            if (counts.Chars >= chars) break;
        }
    }

    /// <summary>Letters per writing system and function-word hits per language, gathered over a sample.</summary>
    private struct Counts()
    {
        public int[] Hits = new int[StopWords.ByLanguage.Length];
        public int Chars;
        private int _latin, _cyrillic, _ukrainian, _greek, _arabic, _hebrew, _hangul, _kana, _han, _thai, _devanagari;

        public void Add(ReadOnlySpan<char> text)
        {
            Chars += text.Length;
            Span<char> lower = stackalloc char[MaxStopWord];
            var index = StopWords.Languages.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int i = 0; i < text.Length;)
            {
                if (!char.IsLetter(text[i])) { i++; continue; }
                int start = i, latin = 0;
                for (; i < text.Length && char.IsLetter(text[i]); i++)
                    if (text[i] < 0x80) latin++; // most letters: counted here, not one call each
                    else CountScript(text[i]);
                _latin += latin;
                var word = text[start..i];
                if (word.Length > MaxStopWord || !StopWords.MayBe(word)) continue;
                // Lower-cased a letter at a time (what ToLowerInvariant does for these, which hold no surrogates).
                for (int k = 0; k < word.Length; k++)
                {
                    char c = word[k];
                    lower[k] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
                }
                if (!index.TryGetValue(lower[..word.Length], out byte languages)) continue;
                for (int l = 0; l < Hits.Length; l++)
                    if ((languages & (1 << l)) != 0) Hits[l]++;
            }
        }

        private void CountScript(char c)
        {
            if (c < 0x80) { _latin++; return; }
            switch (c)
            {
                case >= '\u00C0' and <= '\u024F': _latin++; break;
                case >= '\u0370' and <= '\u03FF': _greek++; break;
                case 'і' or 'ї' or 'є' or 'ґ': _cyrillic++; _ukrainian++; break;
                case >= '\u0400' and <= '\u04FF': _cyrillic++; break;
                case >= '\u0590' and <= '\u05FF': _hebrew++; break;
                case >= '\u0600' and <= '\u06FF': _arabic++; break;
                case >= '\u0900' and <= '\u097F': _devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': _thai++; break;
                case >= '\u3040' and <= '\u30FF': _kana++; break;
                case >= '\u4E00' and <= '\u9FFF': _han++; break;
                case >= '\uAC00' and <= '\uD7AF': _hangul++; break;
            }
        }

        // Most letters in one non-Latin script name the language outright (or nearly: Cyrillic is read as Russian
        // unless letters only Ukrainian uses appear).
        public readonly string? Script()
        {
            int other = _cyrillic + _greek + _arabic + _hebrew + _hangul + _kana + _han + _thai + _devanagari;
            if (other < 20 || other < _latin) return null;
            if (_hangul * 2 > other) return "ko";
            if (_kana > 0 && _kana * 10 > other && _han + _kana > other / 2) return "ja";
            if (_han * 2 > other) return "zh";
            if (_cyrillic * 2 > other) return _ukrainian * 50 > _cyrillic ? "uk" : "ru";
            if (_greek * 2 > other) return "el";
            if (_arabic * 2 > other) return "ar";
            if (_hebrew * 2 > other) return "he";
            if (_thai * 2 > other) return "th";
            if (_devanagari * 2 > other) return "hi";
            return null;
        }

        // A clear winner among the Latin-script languages: enough hits, well ahead of the next (Spanish and
        // Portuguese share many words).
        public readonly string? Language()
        {
            if (Script() is { } script) return script;
            int best = 0;
            for (int l = 1; l < Hits.Length; l++)
                if (Hits[l] > Hits[best]) best = l;
            int second = 0;
            for (int l = 0; l < Hits.Length; l++)
                if (l != best) second = Math.Max(second, Hits[l]);
            if (Hits[best] < MinHits || Hits[best] * 2 < second * 3) return null;
            return StopWords.ByLanguage[best].Language;
        }
    }
}
