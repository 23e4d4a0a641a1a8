namespace Lede.Quotes;

/// <summary>
/// Finds the cue and the speaker's phrase around one quotation, on either side of it: "X said, “…”", "X told Y: “…”",
/// "“…,” X said", "“…,” said X", "“…,” according to X", "X, a senator, said “…”", a quotation inside a reported
/// sentence ("X said the plan was “a disaster”"), a quotation opening the paragraph after "X declared:", and "X: “…”".
/// </summary>
/// <remarks>
/// A quotation that opens its sentence looks after itself first; one inside a sentence looks before itself first,
/// within its own sentence. The speaker's phrase runs from the cue outward over adverbs and auxiliaries ("further
/// added", "has said") and then over words up to a boundary: punctuation, a conjunction, a preposition or a relative
/// pronoun ("With Hilaria adding", "To which Alec responded"). When the words right before the cue are not a phrase
/// ("Trump, in Kentucky, said", "Obama ended by saying"), the speaker is the sentence's subject: its first mention of
/// a person. A cue is a lowercase word, or the first of its sentence: "“…,” Read said" names Mr Read.
/// </remarks>
internal static class SpeakerFinder
{
    // The longest speaker phrase and the furthest cue after a quotation, in tokens: "“…,” Sen. John McCain, R-Ariz., said".
    private const int MaxPhrase = 8;
    private const int MaxCueDistance = 14;

    // After an apposition ("“…,” Trump, the 2016 GOP frontrunner, said"), the cue may stand further off.
    private const int MaxCueDistanceAfterApposition = 30;

    public static Attribution? Find(QuoteText q, RawQuote quote)
    {
        int open = q.TokenAt(quote.Open);
        int close = quote.Closed ? q.TokenAt(quote.End) : -1;
        bool opensSentence = open == 0 || q.Sentence[open - 1] != q.Sentence[open] || IsOnlyPunctuationBefore(q, open);
        var after = After(q, open, close);
        // “…,” said X: a quotation that ends in a comma and is followed at once by its cue is that cue's, whatever
        // cue stands earlier in the sentence ("“A,” she said, but “B,” said Kunin").
        bool cueFollows = after is not null && q.IsChar(close - 1, ',') && after.CueToken - close <= MaxPhrase;
        var found = Signed(q, close)
            ?? (opensSentence || cueFollows ? after ?? Before(q, open) : Before(q, open) ?? after) ?? Trailing(q, close);
        if (found is not null) AddresseeAndMedium.Read(q, found, found.CueToken < open ? open : q.Tokens.Length);
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

    /// <summary>True for a cue verb at <paramref name="t"/>: lowercase, or the first word of its sentence.</summary>
    internal static bool IsCue(QuoteText q, int t, out CueKind kind)
    {
        kind = CueKind.Spoken;
        if (!q.IsWord(t) || q.InQuote[t]) return false;
        var word = q.Word(t);
        if (char.IsUpper(word[0]) && t > 0 && q.Sentence[t - 1] == q.Sentence[t]) return false;
        // After a determiner the word is a noun: "the report", "his promise", "a statement".
        if (q.IsWord(t - 1) && q.Word(t - 1) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "that" or "our" or "my" or "your") return false;
        return CueLexicon.TryGet(word, out kind);
    }

    private static bool IsBoundary(QuoteText q, int t) => q.IsWord(t) && char.IsLower(q.Word(t)[0]) && PersonWords.IsPhraseBoundary(q.Word(t));

    // "“…,” X said", "“…,” said X", "“…,” according to X".
    private static Attribution? After(QuoteText q, int open, int close)
    {
        if (close < 0) return null;
        int t = close + 1;
        bool asks = q.IsChar(close - 1, '?') || q.IsChar(close - 1, '!');
        bool commaBefore = q.IsChar(close - 1, ',') || asks || q.IsChar(t, ',');
        while (q.IsChar(t, ',') || q.IsChar(t, '—') || q.IsChar(t, '–')) t++;
        // “…?” Trump asked: a question or an exclamation ends the quotation, not the sentence that reports it.
        if (!q.IsWord(t) || q.Sentence[t] != q.Sentence[close] && !q.IsChar(t - 1, ',') && !asks) return null;
        if (IsCue(q, t, out var kind))
        {
            var (first, last) = PhraseAfter(q, t + 1);
            return first < 0 ? null : new Attribution { CueToken = t, CueLast = t, Kind = kind, SpeakerFirst = first, SpeakerLast = last };
        }
        if (CueLexicon.IsAccordingTo(q.Text, q.Tokens, t))
        {
            var (first, last) = PhraseAfter(q, t + 2);
            return first < 0 ? null : new Attribution { CueToken = t, CueLast = t + 1, Kind = CueKind.Spoken, SpeakerFirst = first, SpeakerLast = last };
        }
        // "“…,” X said" needs the quotation to stand as the sentence's object: it opens the sentence or ends in a comma.
        bool opensSentence = open == 0 || q.Sentence[open - 1] != q.Sentence[open] || IsOnlyPunctuationBefore(q, open);
        if (!opensSentence && !commaBefore || IsBoundary(q, t) || !CanStartSpeaker(q, t)) return null;
        int sentence = q.Sentence[t];
        int phraseEnd = -1;
        for (int u = t; u < t + (phraseEnd >= 0 ? MaxCueDistanceAfterApposition : MaxCueDistance) && u < q.Tokens.Length && q.Sentence[u] == sentence; u++)
        {
            if (q.IsQuoteMark(u)) return null;
            if (!q.IsWord(u))
            {
                if (phraseEnd < 0 && !q.IsChar(u, '.') && !q.IsChar(u, '-')) phraseEnd = u - 1;
                continue;
            }
            if (u == t || !IsCue(q, u, out kind)) continue;
            int last = phraseEnd >= 0 ? phraseEnd : u - 1;
            while (last >= t && q.IsWord(last) && PersonWords.IsCueModifier(q.Word(last))) last--;
            if (last < t || last - t >= MaxPhrase) return null;
            return new Attribution { CueToken = u, CueLast = u, Kind = kind, SpeakerFirst = t, SpeakerLast = last };
        }
        return null;
    }

    // "“…” ― Pamela Padilla", "“…” — Jane Doe, a nurse": a quotation signed with a dash and a name, as testimonials, pull
    // quotes and epigraphs are; the name ends the sentence or stands before the next quotation.
    private static Attribution? Signed(QuoteText q, int close)
    {
        if (close < 0) return null;
        int t = close + 1;
        if (!(q.IsChar(t, '―') || q.IsChar(t, '—') || q.IsChar(t, '–'))) return null;
        t++;
        if (!q.IsWord(t) || !char.IsUpper(q.Word(t)[0]) || PersonWords.IsNotName(q.Word(t))) return null;
        var (first, last) = PhraseAfter(q, t);
        if (first < 0) return null;
        for (int k = first; k <= last; k++)
            if (IsCue(q, k, out _)) return null; // "“…” — Smith said": the cue's, found after the quotation
        int next = last + 1;
        while (next < q.Tokens.Length && q.IsChar(next, ',')) next = SkipApposition(q, next + 1);
        bool ends = next >= q.Tokens.Length || q.IsChar(next, '.') || q.IsChar(next, '\n') || q.IsQuoteMark(next) || q.Sentence[next] != q.Sentence[last];
        return ends ? new Attribution { SpeakerFirst = first, SpeakerLast = last } : null;
    }

    // Past "a nurse from Ohio" after a signature's comma: to the sentence's end or the next comma.
    private static int SkipApposition(QuoteText q, int t)
    {
        while (t < q.Tokens.Length && q.Sentence[t] == q.Sentence[t - 1] && !q.IsChar(t, ',') && !q.IsChar(t, '.') && !q.IsQuoteMark(t)) t++;
        return t;
    }

    // "Clinton “drew well” in the primary, said professor Paul Beck.", "Trump’s “excesses” are sickening, Hollande
    // said Tuesday": an attribution set off by a comma later in the quotation's sentence reports the whole sentence.
    private static Attribution? Trailing(QuoteText q, int close)
    {
        if (close < 0) return null;
        int sentence = q.Sentence[close];
        for (int u = close + 1; u < q.Tokens.Length && q.Sentence[u] == sentence; u++)
        {
            if (q.IsQuoteMark(u)) return null;
            if (!q.IsChar(u, ',')) continue;
            int t = u + 1;
            if (IsCue(q, t, out var kind) && !CueLexicon.TakesObject(q.Word(t)))
            {
                var (first, last) = PhraseAfter(q, t + 1);
                if (first >= 0 && (StartsName(q, first) || HasMention(q, first, last)) && !IsLonePronoun(q, first, last))
                    return new Attribution { CueToken = t, CueLast = t, Kind = kind, SpeakerFirst = first, SpeakerLast = last };
                continue;
            }
            if (!q.IsWord(t) || IsBoundary(q, t) || !CanStartSpeaker(q, t)) continue;
            for (int k = t + 1; k < t + MaxPhrase && k < q.Tokens.Length && q.Sentence[k] == sentence; k++)
            {
                if (q.IsChar(k, '.') && PersonWords.IsTitle(q.Word(k - 1), out _)) continue;
                if (!q.IsWord(k) || q.InQuote[k]) break;
                if (IsCue(q, k, out kind))
                {
                    int last = k - 1;
                    while (last > t && PersonWords.IsCueModifier(q.Word(last))) last--;
                    return new Attribution { CueToken = k, CueLast = k, Kind = kind, SpeakerFirst = t, SpeakerLast = last };
                }
                if (IsBoundary(q, k)) break;
            }
        }
        return null;
    }

    /// <summary>
    /// For a quotation that opens its sentence and has no cue of its own: the speaker the sentence before names, when
    /// that sentence ends in a colon ("Trump went even further:") or holds a cue ("…, said professor Paul Beck.",
    /// "Howard continued his remarks."), and holds no quotation of its own.
    /// </summary>
    public static Attribution? FromPreviousSentence(QuoteText q, RawQuote quote)
    {
        int open = q.TokenAt(quote.Open);
        if (open > 0 && q.Sentence[open - 1] == q.Sentence[open] && !IsOnlyPunctuationBefore(q, open)) return null;
        int end = open - 1;
        while (end >= 0 && (q.IsChar(end, '\n') || q.IsQuoteMark(end) && !q.InQuote[end] && q.Sentence[end] == q.Sentence[open])) end--;
        if (end < 0) return null;
        int sentence = q.Sentence[end];
        int first = end;
        while (first > 0 && q.Sentence[first - 1] == sentence) first--;
        for (int t = first; t <= end; t++)
        {
            if (q.IsQuoteMark(t) || q.InQuote[t]) return null;
        }
        if (q.IsChar(end, ':'))
        {
            var (from, to) = Subject(q, end, sentence);
            return from < 0 ? null : new Attribution { SpeakerFirst = from, SpeakerLast = to };
        }
        for (int u = end; u >= first; u--)
        {
            if (!IsCue(q, u, out _)) continue;
            var (from, to) = PhraseBefore(q, u - 1, sentence);
            if (from < 0 && !q.IsWord(u - 1)) (from, to) = PhraseAfter(q, u + 1);
            if (from < 0) (from, to) = Subject(q, u, sentence);
            return from < 0 ? null : new Attribution { SpeakerFirst = from, SpeakerLast = to };
        }
        return null;
    }

    // A speaker's phrase opens with a name, a pronoun, a determiner, or a plural or role noun ("officials said").
    private static bool CanStartSpeaker(QuoteText q, int t)
    {
        var w = q.Word(t);
        // "it" speaks for an organisation or a document: "“…,” it stated".
        if (char.IsUpper(w[0]) || PersonWords.IsPronoun(w, out _) || PersonWords.IsRole(w, out _) || w is "it") return true;
        return w is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "one" or "another" or "some" or "many" or "several" or "both"
            || w.Length > 3 && w[^1] == 's' && q.IsWord(t + 1) && CueLexicon.TryGet(q.Word(t + 1), out _);
    }

    // "X said, “…”", "X told Y, “…”", "X said the plan was “…”", "According to X, “…”", "X declared:¶“…”", "X: “…”".
    private static Attribution? Before(QuoteText q, int open)
    {
        int start = open;
        // A quotation that opens the paragraph after "X declared:" belongs to that sentence.
        if (q.IsChar(open - 1, '\n') && q.IsChar(open - 2, ':')) start = open - 2;
        if (start <= 0) return null;
        int sentence = q.Sentence[start - 1];
        if (start == open && sentence != q.Sentence[open]) return null;
        for (int u = start - 1; u >= 0 && q.Sentence[u] == sentence; u--)
        {
            if (!q.IsWord(u) || q.InQuote[u]) continue;
            if (CueLexicon.IsAccordingTo(q.Text, q.Tokens, u))
            {
                var (first, last) = PhraseAfter(q, u + 2);
                if (first >= 0) return new Attribution { CueToken = u, CueLast = u + 1, Kind = CueKind.Spoken, SpeakerFirst = first, SpeakerLast = last };
                continue;
            }
            if (!IsCue(q, u, out var kind)) continue;
            var (from, to) = PhraseBefore(q, u - 1, sentence);
            // "use of private email servers", "carrying signs saying": words before a cue that name no one are not its
            // subject; the sentence's subject is.
            if (from >= 0 && !NamesSomeone(q, from, to) && Subject(q, u, sentence) is ({ } subject, { } subjectLast) && subject >= 0) (from, to) = (subject, subjectLast);
            // "Rubio says he feels he did “great”": a pronoun subject of a clause reported by an outer cue gives way
            // to the outer speaker.
            if (from >= 0 && from == to && PersonWords.IsPronoun(q.Word(from), out _) && OuterCue(q, from, sentence) is int outer)
            {
                var (outerFrom, outerTo) = PhraseBefore(q, outer - 1, sentence);
                if (outerFrom >= 0 && !(outerFrom == outerTo && PersonWords.IsPronoun(q.Word(outerFrom), out _)))
                    return new Attribution { CueToken = outer, CueLast = outer, Kind = kind, SpeakerFirst = outerFrom, SpeakerLast = outerTo };
            }
            if (from < 0)
            {
                // "said Smith, “…”": the speaker right after the cue, the quotation right after the speaker.
                var (after, afterLast) = PhraseAfter(q, u + 1);
                bool inverted = !q.IsWord(u - 1) && !AddresseeAndMedium.IsAddressing(q.Word(u));
                // The quotation must follow the speaker at once, or after a comma or colon.
                bool adjacent = afterLast + 1 == start || afterLast + 2 == start && (q.IsChar(start - 1, ',') || q.IsChar(start - 1, ':'));
                // English inverts a name, not a pronoun ("said Smith", never "calling her" or "saying he"), and only
                // after a cue of speech: a cue that takes an object ("called", "dubbed") names whom it was said of.
                inverted = inverted && !IsLonePronoun(q, after, afterLast) && !CueLexicon.TakesObject(q.Word(u));
                if (inverted && after >= 0 && adjacent && StartsName(q, after) && (char.IsUpper(q.Word(after)[0]) || afterLast - after < 3)) (from, to) = (after, afterLast);
                else (from, to) = Subject(q, u, sentence);
            }
            if (from < 0) continue;
            return new Attribution { CueToken = u, CueLast = u, Kind = kind, SpeakerFirst = from, SpeakerLast = to };
        }
        // "Trump: “…”", "Trump went even further: “…”".
        if (q.IsChar(start - 1, ':') && q.IsWord(start - 2))
        {
            var (from, to) = char.IsUpper(q.Word(start - 2)[0]) ? PhraseBefore(q, start - 2, sentence) : (-1, -1);
            if (from < 0 || to - from >= 4) (from, to) = Subject(q, start - 1, sentence);
            if (from >= 0) return new Attribution { SpeakerFirst = from, SpeakerLast = to };
        }
        return null;
    }

    private static bool HasMention(QuoteText q, int from, int to)
    {
        for (int t = from; t <= to; t++) if (q.MentionLast[t] >= 0) return true;
        return false;
    }

    // A speaker's phrase holds a person mention, a pronoun, a role noun ("officials", "the spokesman") or a capitalised word.
    private static bool NamesSomeone(QuoteText q, int from, int to)
    {
        for (int t = from; t <= to; t++)
        {
            if (!q.IsWord(t)) continue;
            var w = q.Word(t);
            if (q.MentionLast[t] >= 0 || PersonWords.IsPronoun(w, out _) || PersonWords.IsRole(w, out _)
                || w.Length > 3 && w[^1] == 's' && PersonWords.IsRole(w[..^1], out _)
                || char.IsUpper(w[0]) && !PersonWords.IsNotName(w)) return true;
        }
        return false;
    }

    private static bool IsLonePronoun(QuoteText q, int first, int last) => first >= 0 && first == last && PersonWords.IsPronoun(q.Word(first), out _);

    // The cue right before a pronoun subject ("says he", "said that she"), if there is one.
    private static int? OuterCue(QuoteText q, int pronoun, int sentence)
    {
        int t = pronoun - 1;
        if (q.IsWord(t) && q.Word(t) is "that") t--;
        return t >= 0 && q.Sentence[t] == sentence && IsCue(q, t, out _) ? t : null;
    }

    // The sentence's subject before the cue: its first mention of a person, else the phrase that opens it.
    private static (int First, int Last) Subject(QuoteText q, int cue, int sentence)
    {
        int first = cue;
        while (first > 0 && q.Sentence[first - 1] == sentence) first--;
        while (first < cue && !q.IsWord(first)) first++;
        // "According to The Federalist, the men wore shirts that read “…”".
        if (CueLexicon.IsAccordingTo(q.Text, q.Tokens, first)) return PhraseAfter(q, first + 2);
        for (int t = first; t < cue; t++)
        {
            if (q.MentionLast[t] >= 0 && !q.InQuote[t]) return (t, Math.Min(q.MentionLast[t], cue - 1));
        }
        while (first < cue && !q.IsWord(first)) first++;
        if (first >= cue || !StartsName(q, first)) return (-1, -1);
        var (from, to) = PhraseAfter(q, first);
        return from < 0 || to >= cue ? (-1, -1) : (from, to);
    }

    private static bool StartsName(QuoteText q, int t) =>
        q.IsWord(t) && (char.IsUpper(q.Word(t)[0]) && !PersonWords.IsNotName(q.Word(t)) || PersonWords.IsPronoun(q.Word(t), out _) || q.Word(t) is "the" or "a" or "an");

    /// <summary>The speaker's phrase that ends at or before <paramref name="t"/> (walking back over adverbs first), within the sentence.</summary>
    internal static (int First, int Last) PhraseBefore(QuoteText q, int t, int sentence)
    {
        while (t >= 0 && q.IsWord(t) && q.Sentence[t] == sentence && PersonWords.IsCueModifier(q.Word(t))) t--;
        // "Trump, who has called": the relative pronoun is the speaker's mention (coreference ties it to Trump).
        if (q.IsWord(t) && q.Word(t) is "who" && q.IsChar(t - 1, ',')) return (t, t);
        // "Sanders on Tuesday night warned": a time phrase between the subject and the cue is stepped over.
        int time = t;
        while (time >= 0 && q.IsWord(time) && PersonWords.IsTimeWord(q.Word(time))) time--;
        if (time < t && q.IsWord(time) && q.Word(time) is "on" or "last" or "this" or "early" or "late" or "in" or "at") t = time - 1;
        int last = t, first = -1;
        for (int k = t; k >= 0 && k > t - MaxPhrase && q.Sentence[k] == sentence; k--)
        {
            if (q.IsChar(k, '.') && k > 0 && q.IsWord(k - 1) && PersonWords.IsTitle(q.Word(k - 1), out _)) continue;
            if (!q.IsWord(k) || q.InQuote[k] || IsBoundary(q, k)) break;
            // "It added, “…”": the organisation's pronoun is the whole phrase.
            if (k == t && q.Word(k) is "it" or "It") return (k, k);
            if (PersonWords.IsNotName(q.Word(k)) && char.IsUpper(q.Word(k)[0]) && !PersonWords.IsPronoun(q.Word(k), out _)) break;
            first = k;
        }
        return first < 0 ? (-1, -1) : (first, last);
    }

    /// <summary>The speaker's phrase that starts at <paramref name="t"/>: up to a comma, a stop, a quotation mark or a boundary word.</summary>
    internal static (int First, int Last) PhraseAfter(QuoteText q, int t)
    {
        if (!q.IsWord(t) || IsBoundary(q, t) && !PersonWords.IsPronoun(q.Word(t), out _)) return (-1, -1);
        int last = -1;
        for (int k = t; k < q.Tokens.Length && k < t + MaxPhrase; k++)
        {
            if (q.IsChar(k, '.') && q.IsWord(k - 1) && PersonWords.IsTitle(q.Word(k - 1), out _)) continue;
            if (!q.IsWord(k) || IsBoundary(q, k) && k > t) break;
            last = k;
        }
        return last < 0 ? (-1, -1) : (t, last);
    }
}
