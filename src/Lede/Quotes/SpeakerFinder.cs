namespace Lede.Quotes;

/// <summary>
/// Finds the cue and the speaker's phrase around one quotation, on either side of it: "X said, “…”", "X told Y: “…”",
/// "“…,” X said", "“…,” said X", "“…,” according to X", "X, a senator, said “…”", a quotation inside a reported
/// sentence ("X said the plan was “a disaster”"), and "X: “…”".
/// </summary>
/// <remarks>
/// A quotation that opens its sentence looks after itself first; one inside a sentence looks before itself first,
/// within its own sentence and never past another quotation. The speaker's phrase runs from the cue outward over
/// adverbs and auxiliaries ("further added", "has said") and then over words up to a boundary: punctuation, a
/// conjunction, a preposition or a relative pronoun ("With Hilaria adding", "To which Alec responded").
/// </remarks>
internal static class SpeakerFinder
{
    // The longest speaker phrase and the furthest cue after a quotation, in tokens: "“…,” Sen. John McCain, R-Ariz., said".
    private const int MaxPhrase = 8;
    private const int MaxCueDistance = 14;

    public static Attribution? Find(QuoteText q, RawQuote quote)
    {
        int open = q.TokenAt(quote.Open);
        int close = quote.Closed ? q.TokenAt(quote.End) : -1;
        bool opensSentence = open == 0 || q.Sentence[open - 1] != q.Sentence[open] || IsOnlyPunctuationBefore(q, open);
        var found = opensSentence ? After(q, close) ?? Before(q, open) : Before(q, open) ?? After(q, close);
        if (found is not null) AddresseeAndMedium.Read(q, found, found.CueToken < open ? open : q.Tokens.Count);
        return found;
    }

    private static bool IsOnlyPunctuationBefore(QuoteText q, int open)
    {
        for (int t = open - 1; t >= 0 && q.Sentence[t] == q.Sentence[open]; t--)
        {
            if (q.IsWord(t)) return false;
        }
        return true;
    }

    // "“…,” X said", "“…,” said X", "“…,” according to X".
    private static Attribution? After(QuoteText q, int close)
    {
        if (close < 0) return null;
        int t = close + 1;
        while (q.IsChar(t, ',') || q.IsChar(t, '—') || q.IsChar(t, '–')) t++;
        if (!q.IsWord(t) || q.Sentence[t] != q.Sentence[close] && !q.IsChar(t - 1, ',')) return null;
        if (CueLexicon.TryGet(q.Word(t), out var kind))
        {
            var (first, last) = PhraseAfter(q, t + 1);
            return first < 0 ? null : new Attribution { CueToken = t, CueLast = t, Kind = kind, SpeakerFirst = first, SpeakerLast = last };
        }
        if (CueLexicon.IsAccordingTo(q.Text, q.Tokens, t))
        {
            var (first, last) = PhraseAfter(q, t + 2);
            return first < 0 ? null : new Attribution { CueToken = t, CueLast = t + 1, Kind = CueKind.Spoken, SpeakerFirst = first, SpeakerLast = last };
        }
        if (PersonWords.IsPhraseBoundary(q.Word(t))) return null;
        int sentence = q.Sentence[t];
        int phraseEnd = -1;
        for (int u = t; u < t + MaxCueDistance && u < q.Tokens.Count && q.Sentence[u] == sentence; u++)
        {
            if (q.IsQuoteMark(u)) return null;
            if (!q.IsWord(u))
            {
                if (phraseEnd < 0 && !q.IsChar(u, '.') && !q.IsChar(u, '-')) phraseEnd = u - 1;
                continue;
            }
            if (!CueLexicon.TryGet(q.Word(u), out kind) || u == t) continue;
            int last = phraseEnd >= 0 ? phraseEnd : u - 1;
            while (last >= t && q.IsWord(last) && PersonWords.IsCueModifier(q.Word(last))) last--;
            if (last < t || last - t >= MaxPhrase) return null;
            return new Attribution { CueToken = u, CueLast = u, Kind = kind, SpeakerFirst = t, SpeakerLast = last };
        }
        return null;
    }

    // "X said, “…”", "X told Y, “…”", "X said the plan was “…”", "According to X, “…”", "X: “…”".
    private static Attribution? Before(QuoteText q, int open)
    {
        int sentence = q.Sentence[open];
        for (int u = open - 1; u >= 0 && q.Sentence[u] == sentence; u--)
        {
            if (q.IsQuoteMark(u) && !q.InQuote[u]) break;
            if (!q.IsWord(u)) continue;
            if (CueLexicon.IsAccordingTo(q.Text, q.Tokens, u))
            {
                var (first, last) = PhraseAfter(q, u + 2);
                if (first >= 0) return new Attribution { CueToken = u, CueLast = u + 1, Kind = CueKind.Spoken, SpeakerFirst = first, SpeakerLast = last };
                continue;
            }
            if (!CueLexicon.TryGet(q.Word(u), out var kind) || q.InQuote[u]) continue;
            var (from, to) = PhraseBefore(q, u - 1, sentence);
            if (from < 0)
            {
                // "said Smith, “…”": the speaker after the cue.
                (from, to) = PhraseAfter(q, u + 1);
                if (from < 0 || !StartsName(q, from)) continue;
            }
            return new Attribution { CueToken = u, CueLast = u, Kind = kind, SpeakerFirst = from, SpeakerLast = to };
        }
        // "Trump: “…”".
        if (q.IsChar(open - 1, ':') && q.IsWord(open - 2) && char.IsUpper(q.Word(open - 2)[0]))
        {
            var (from, to) = PhraseBefore(q, open - 2, sentence);
            if (from >= 0 && to - from < 4) return new Attribution { SpeakerFirst = from, SpeakerLast = to };
        }
        return null;
    }

    private static bool StartsName(QuoteText q, int t) =>
        q.IsWord(t) && (char.IsUpper(q.Word(t)[0]) || PersonWords.IsPronoun(q.Word(t), out _) || q.Word(t) is "the" or "a" or "an");

    /// <summary>The speaker's phrase that ends at or before <paramref name="t"/> (walking back over adverbs first), within the sentence.</summary>
    internal static (int First, int Last) PhraseBefore(QuoteText q, int t, int sentence)
    {
        while (t >= 0 && q.IsWord(t) && q.Sentence[t] == sentence && PersonWords.IsCueModifier(q.Word(t))) t--;
        int last = t, first = -1;
        for (int k = t; k >= 0 && k > t - MaxPhrase && q.Sentence[k] == sentence; k--)
        {
            if (q.IsChar(k, '.') && k > 0 && q.IsWord(k - 1) && PersonWords.IsTitle(q.Word(k - 1), out _)) continue;
            if (!q.IsWord(k) || q.InQuote[k] || PersonWords.IsPhraseBoundary(q.Word(k))) break;
            first = k;
        }
        return first < 0 ? (-1, -1) : (first, last);
    }

    /// <summary>The speaker's phrase that starts at <paramref name="t"/>: up to a comma, a stop, a quotation mark or a boundary word.</summary>
    internal static (int First, int Last) PhraseAfter(QuoteText q, int t)
    {
        if (!q.IsWord(t) || PersonWords.IsPhraseBoundary(q.Word(t)) && !PersonWords.IsPronoun(q.Word(t), out _)) return (-1, -1);
        int last = -1;
        for (int k = t; k < q.Tokens.Count && k < t + MaxPhrase; k++)
        {
            if (q.IsChar(k, '.') && q.IsWord(k - 1) && PersonWords.IsTitle(q.Word(k - 1), out _)) continue;
            if (q.IsChar(k, '’') || q.IsChar(k, '\'')) continue;
            if (!q.IsWord(k) || PersonWords.IsPhraseBoundary(q.Word(k)) && k > t) break;
            last = k;
        }
        return last < 0 ? (-1, -1) : (t, last);
    }
}
