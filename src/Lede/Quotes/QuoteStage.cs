using System.Text;

namespace Lede.Quotes;

/// <summary>
/// The quotation stage: finds the direct quotations of a body text, attributes each to its speaker, and lists the
/// people the text names. Runs on <see cref="Article.Text"/> (blocks separated by a blank line), so it serves the HTML
/// path and the plain-text path alike, and spans are offsets into that text.
/// </summary>
/// <remarks>
/// Order: scan the quotation marks → tokenise and split sentences → find mentions → resolve them to people → find
/// each quotation's cue and speaker → keep the quotations (a quoted stretch with no cue, no speaker and few words is a
/// scare quote or a title: "a “pause” in the tax") → count each person's quotations.
/// </remarks>
internal static class QuoteStage
{
    // A quoted stretch with neither cue nor speaker is a quotation only from this many words: shorter ones are scare
    // quotes, titles and terms ("the “alternative” ecosystem", "“Face the Nation,”"). Calibrated on PolNeAR train.
    private const int MinUnattributedWords = 6;

    // A short quoted stretch in title case ("“Face the Nation,”", "“USA! USA!”") names a work or is a chant, even beside a cue.
    private const int MaxTitleWords = 5;

    /// <summary>The article with its quotations and people, found in its body text (unless the options leave the stage out).</summary>
    public static Article Attach(Article article, ExtractionOptions options)
    {
        if ((options.Parts & PipelineParts.Quotes) == 0) return article;
        var found = Analyze(article.Text);
        return article with { Quotations = found.Quotations, People = found.People };
    }

    /// <summary>Quotations and people of <paramref name="text"/>.</summary>
    public static QuoteAnalysis Analyze(string text)
    {
        if (string.IsNullOrEmpty(text)) return QuoteAnalysis.Empty;
        var raw = QuotationScanner.Scan(text);
        var q = new QuoteText(text, raw);
        var (mentions, entities) = Coreference.Resolve(q, MentionFinder.Find(q));
        q.SetMentions(mentions);
        var quotations = new List<Quotation>(raw.Count);
        var counts = new int[entities.Count]; // quotations per person, by PersonEntity.Order
        Quotation? previous = null;
        RawQuote? previousRaw = null;
        Attribution? previousAttribution = null;
        foreach (var quote in raw)
        {
            if (quote.End <= quote.Start) continue;
            var attribution = SpeakerFinder.Find(q, quote);
            PersonEntity? person = null;
            QuoteSpeaker? speaker = null;
            // The sentence right before, when it introduces the quotation ("Weaver said in a statement. “…”"), wins
            // over the speaker of an earlier quotation.
            if (attribution is not null) speaker = SpeakerOf(q, mentions, attribution, out person);
            else if (SpeakerFinder.FromPreviousSentence(q, quote) is { } introduced)
            {
                speaker = SpeakerOf(q, mentions, introduced, out person);
            }
            else if (previous?.Speaker is not null && Continues(q, quote, previousRaw!))
            {
                speaker = previous.Speaker;
                person = PersonNamed(entities, speaker.Name);
            }
            if (attribution is null && speaker is null)
            {
                // Counted up to the first length that keeps the stretch, since only shorter ones are dropped.
                int words = WordCount(text, quote.Start, quote.End, MinUnattributedWords);
                if (words < MinUnattributedWords && !SentenceHasCue(q, quote)) continue;
                if (words <= MaxTitleWords && IsTitleCase(text, quote.Start, quote.End)) continue;
            }
            if (attribution is null && previous is not null && IsInterruptedBy(q, previousRaw!, previousAttribution, quote))
            {
                // “A,” she said. “B.” — one quotation, interrupted by its attribution.
                quotations[^1] = previous = Join(previous, Build(text, quote));
                previousRaw = quote;
                continue;
            }
            var quotation = Build(text, quote) with
            {
                Speaker = speaker,
                Cue = attribution is { CueToken: >= 0 } ? CueOf(q, attribution) : null,
                Addressee = attribution?.Addressee,
                Medium = attribution?.Medium,
            };
            quotations.Add(quotation);
            if (person is not null) counts[person.Order]++;
            previous = quotation;
            previousRaw = quote;
            previousAttribution = attribution;
        }
        return new QuoteAnalysis { Quotations = quotations, People = PeopleOf(entities, counts, mentions), Mentions = mentions };
    }

    // A quotation with no cue of its own continues the previous speaker's when it stands in the same sentence as the
    // previous quotation ("X said he was “…” because “…”"), or opens its sentence in the same paragraph as the previous
    // quotation or the next one: “…,” he said. “…”
    private static bool Continues(QuoteText q, RawQuote quote, RawQuote previous)
    {
        if (quote.Paragraph - previous.Paragraph > 1) return false;
        int open = q.TokenAt(quote.Open);
        if (q.Sentence[q.TokenAt(previous.Open)] == q.Sentence[open]) return true;
        for (int t = open - 1; t >= 0 && q.Sentence[t] == q.Sentence[open]; t--)
        {
            if (q.IsWord(t)) return false;
        }
        return true;
    }

    // The previous quotation's cue stands after it, and this one opens right after the cue's sentence or inside it,
    // in the same paragraph: “A,” she said. “B.” / “A,” she said, “B.”
    private static bool IsInterruptedBy(QuoteText q, RawQuote previous, Attribution? attribution, RawQuote quote)
    {
        if (attribution is not { CueToken: >= 0 } || quote.Paragraph != previous.Paragraph || !previous.Closed) return false;
        int close = q.TokenAt(previous.End), open = q.TokenAt(quote.Open);
        if (attribution.CueToken < close || attribution.CueToken > open) return false;
        int cueSentence = q.Sentence[attribution.CueToken];
        for (int t = attribution.CueToken + 1; t < open; t++)
        {
            if (q.Sentence[t] != cueSentence) return false;
        }
        return q.Sentence[open] == cueSentence || q.Sentence[open] == cueSentence + 1;
    }

    private static Quotation Join(Quotation first, Quotation second) => first with
    {
        Text = first.Text + " " + second.Text,
        Span = new TextSpan(first.Span.Start, second.Span.End - first.Span.Start),
        Parts = [.. first.Parts, .. second.Parts],
        Nested = [.. first.Nested, .. second.Nested],
    };

    private static QuoteSpeaker SpeakerOf(QuoteText q, IReadOnlyList<Mention> mentions, Attribution a, out PersonEntity? person)
    {
        person = null;
        if (a.SpeakerFirst < 0) return a.Inherited!;
        int from = q.Tokens[a.SpeakerFirst].Start, to = q.Tokens[a.SpeakerLast].End;
        Mention? chosen = null;
        for (int i = FirstEndingAfter(mentions, from); i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Start >= to) break;
            if (m.End <= from) continue;
            // A name wins over a pronoun or a description; among names, the last (the head of "Clinton’s aide John Podesta").
            if (chosen is null || Rank(m) >= Rank(chosen)) chosen = m;
        }
        if (chosen is null) return new QuoteSpeaker(q.Text[from..to], new TextSpan(from, to - from), null);
        person = chosen.Person;
        return new QuoteSpeaker(q.Text[chosen.Start..chosen.End], new TextSpan(chosen.Start, chosen.End - chosen.Start), person?.Name);
    }

    // Mentions are in text order and do not overlap: binary search for the first that ends after `offset`.
    internal static int FirstEndingAfter(IReadOnlyList<Mention> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int Rank(Mention m) => m.Kind switch
    {
        MentionKind.Name => 3,
        MentionKind.Pronoun => 2,
        _ => m.Person is null ? 0 : 1,
    };

    private static QuoteCue CueOf(QuoteText q, Attribution a)
    {
        int from = q.Tokens[a.CueToken].Start, to = q.Tokens[a.CueLast].End;
        return new QuoteCue(q.Text[from..to], a.Kind, new TextSpan(from, to - from));
    }

    private static Quotation Build(string text, RawQuote quote) => new()
    {
        Text = TextOf(text, quote),
        Span = new TextSpan(quote.Start, quote.End - quote.Start),
        Parts = [new TextSpan(quote.Start, quote.End - quote.Start)],
        Paragraph = quote.Paragraph,
        Nested = NestedIn(text, quote),
    };

    private static List<Quotation> NestedIn(string text, RawQuote quote)
    {
        var nested = new List<Quotation>();
        foreach (var child in quote.Children) if (child.End > child.Start) nested.Add(Build(text, child));
        return nested;
    }

    // The quoted words less the opening marks repeated at continued paragraphs.
    private static string TextOf(string text, RawQuote quote)
    {
        if (quote.ContinuationMarks.Count == 0) return text[quote.Start..quote.End];
        var sb = new StringBuilder(quote.End - quote.Start);
        int at = quote.Start;
        foreach (int mark in quote.ContinuationMarks)
        {
            sb.Append(text, at, mark - at);
            at = mark + 1;
        }
        return sb.Append(text, at, quote.End - at).ToString();
    }

    // A short quoted stretch belongs to a reported sentence when its sentence holds a cue outside the quotation.
    private static bool SentenceHasCue(QuoteText q, RawQuote quote)
    {
        int open = q.TokenAt(quote.Open);
        int first = open, last = q.TokenAt(quote.End);
        while (first > 0 && q.Sentence[first - 1] == q.Sentence[open]) first--;
        while (last + 1 < q.Tokens.Length && q.Sentence[last + 1] == q.Sentence[Math.Min(last, q.Tokens.Length - 1)]) last++;
        for (int t = first; t <= last && t < q.Tokens.Length; t++)
        {
            if (q.InQuote[t] || !q.IsWord(t)) continue;
            if (CueLexicon.TryGet(q.Word(t), out _) || CueLexicon.IsAccordingTo(q.Text, q.Tokens, t)) return true;
        }
        return false;
    }

    // Every word of four letters or more, and the first, starts with a capital.
    private static bool IsTitleCase(string text, int start, int end)
    {
        bool first = true;
        for (int i = start; i < end; i++)
        {
            if (!char.IsLetter(text[i]) || i > start && char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '’' or '-') continue;
            int j = i;
            while (j < end && char.IsLetter(text[j])) j++;
            if (!char.IsUpper(text[i]) && (first || j - i >= 4)) return false;
            first = false;
        }
        return !first;
    }

    // The number of words between start and end, or `limit` when there are at least that many.
    private static int WordCount(string text, int start, int end, int limit)
    {
        int words = 0;
        bool inWord = false;
        for (int i = start; i < end && words < limit; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    private static PersonEntity? PersonNamed(List<PersonEntity> entities, string? name) =>
        name is null ? null : entities.Find(e => e.Name == name);

    // People are numbered in the order coreference opened them (PersonEntity.Order), which indexes the per-person tables.
    private static List<Person> PeopleOf(List<PersonEntity> entities, int[] counts, List<Mention> mentions)
    {
        var spans = new List<TextSpan>?[entities.Count];
        foreach (var m in mentions)
        {
            if (m.Person is not { } person) continue;
            (spans[person.Order] ??= []).Add(new TextSpan(m.Start, m.End - m.Start));
        }
        var people = new List<Person>(entities.Count);
        foreach (var e in entities)
        {
            people.Add(new Person
            {
                Name = e.Name, Mentions = e.Forms, MentionSpans = spans[e.Order] ?? [], QuotationCount = counts[e.Order],
            });
        }
        return people;
    }
}
