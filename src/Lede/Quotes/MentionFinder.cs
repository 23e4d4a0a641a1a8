using Lede.Lexicon;
namespace Lede.Quotes;

/// <summary>
/// Finds what may refer to a person: capitalised name sequences (titles stripped, organisations, places and works left
/// out by their head word or their preposition), third-person pronouns, and definite descriptions ("the 35-year-old",
/// "the SNL star"). A lone capitalised word is only a candidate (<see cref="Candidate.Lone"/>): coreference keeps it
/// when it is part of a known name or stands where a speaker stands.
/// </summary>
internal static class MentionFinder
{
    /// <summary>
    /// A mention before coreference. For a name, <paramref name="RunFirst"/> is the first token of the capitalised run
    /// it was found in (before titles and function words were stripped), which <see cref="IsSpeakerPosition"/> reads.
    /// </summary>
    internal readonly record struct Candidate(Mention Mention, bool Lone, int RunFirst = -1);

    // The most words a person's name has, titles and particles left out: "Martin Luther King Jr".
    private const int MaxNameParts = 4;

    // Name particles that may sit inside a name: "Charles de Gaulle", "Ludwig van Beethoven".
    private static readonly WordSet Particles = new(["de", "van", "von", "der", "den", "bin", "al", "da", "di", "la", "le", "du", "del", "dos", "das", "ter", "ten", "st"]);

    public static List<Candidate> Find(QuoteText q)
    {
        var found = new List<Candidate>(q.Tokens.Length / 8); // news prose has a mention about every tenth token
        var parts = new List<int>(); // TryName's scratch list, reused across the text
        var tokens = q.Tokens;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord) continue;
            var word = q.Word(t);
            if (PersonWords.IsPronoun(word, out var pronounGender) && (char.IsLower(word[0]) || IsSentenceStart(q, t)))
            {
                found.Add(new Candidate(Make(q, t, t, MentionKind.Pronoun, pronounGender), false));
                continue;
            }
            // "Trump, who said": a relative pronoun after a name refers to it.
            if (word is "who" && q.IsChar(t - 1, ','))
            {
                found.Add(new Candidate(Make(q, t, t, MentionKind.Pronoun, Gender.Unknown), false));
                continue;
            }
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) && TryDescription(q, t, out var description, out int end))
            {
                found.Add(new Candidate(description, false));
                t = end;
                continue;
            }
            if (char.IsUpper(word[0]) && TryName(q, t, parts, out var name, out int last, out bool lone))
            {
                found.Add(new Candidate(name, lone, t));
                t = last;
            }
        }
        return found;
    }

    // `parts` collects the token indices of the name's words; their strings are made only for a name kept.
    private static bool TryName(QuoteText q, int first, List<int> parts, out Mention mention, out int last, out bool lone)
    {
        mention = null!;
        lone = false;
        // The capitalised run: words, title dots, initials ("J."), particles between capitalised words.
        last = first;
        int t = first;
        while (true)
        {
            int next = t + 1;
            var word = q.Word(t);
            if (q.IsChar(next, '.') && (word.Length == 1 || PersonWords.IsTitle(word, out _))) next++;
            if (q.IsWord(next) && IsParticle(q.Word(next)) && q.IsWord(next + 1) && char.IsUpper(q.Word(next + 1)[0])) next++;
            if (!q.IsWord(next) || !char.IsUpper(q.Word(next)[0]) || EndsPossessive(word)) break;
            // A headline's capitalised cue ends the name: "Hollande Says Donald Trump".
            if (t > first && CueLexicon.TryGet(word, out _) || q.IsWord(next + 1) && char.IsUpper(q.Word(next + 1)[0]) && CueLexicon.TryGet(q.Word(next), out _)) break;
            t = next;
        }
        last = t;
        // Strip what is not the name: sentence-initial function words, titles, and everything up to a title or a
        // non-person head ("Secretary of State Hillary Clinton", "White House Press Secretary Josh Earnest").
        parts.Clear();
        var gender = Gender.Unknown;
        bool titled = false;
        int startToken = first;
        for (int k = first; k <= last; k++)
        {
            if (!q.IsWord(k)) continue;
            var w = Part(q, k);
            if (k < last && PersonWords.IsTitle(w, out var g))
            {
                if (!titled || parts.Count > 0) startToken = k;
                parts.Clear();
                gender = g == Gender.Unknown ? gender : g;
                titled = true;
                continue;
            }
            if (char.IsUpper(w[0]) && PersonWords.IsTimeWord(w)) continue; // "Hampshire Monday"
            if (parts.Count == 0 && PersonWords.IsNotName(w) || k < last && PersonWords.IsNonPersonHead(w))
            {
                parts.Clear();
                titled = false;
                continue;
            }
            parts.Add(k);
        }
        if (parts.Count == 0) return false;
        // A lone part is never a word that is not a name: the loop above drops those while no part is kept.
        if (PersonWords.IsNonPersonHead(Part(q, parts[^1]))) return false;
        foreach (int part in parts) if (IsAcronym(Part(q, part))) return false;
        // A headline's capitalised run ("Flint Water Response Perfectly Captures …") is longer than any name; a run
        // of place words ("South Carolina", "Britain") is a place.
        if (parts.Count > MaxNameParts || IsPlaceName(q, parts)) return false;
        if (!titled && FollowsNonPersonWord(q, first)) return false;
        lone = parts.Count == 1 && !titled;
        int nameFirst = titled ? startToken : last;
        if (!titled)
        {
            var firstPart = Part(q, parts[0]);
            for (int k = last; k >= first; k--)
                if (q.IsWord(k) && Part(q, k).SequenceEqual(firstPart)) { nameFirst = k; break; }
        }
        int end = q.Tokens[last].End - (EndsPossessive(q.Word(last)) ? 2 : 0);
        var nameParts = new string[parts.Count];
        for (int i = 0; i < nameParts.Length; i++) nameParts[i] = Part(q, parts[i]).ToString();
        mention = new Mention
        {
            Start = q.Tokens[nameFirst].Start,
            End = end,
            FirstToken = nameFirst,
            LastToken = last,
            Kind = MentionKind.Name,
            NameParts = nameParts,
            Gender = gender,
            InQuote = q.InQuote[first],
            Sentence = q.Sentence[first],
        };
        return true;
    }

    // Particles match as the list writes them, in lower case.
    private static bool IsParticle(ReadOnlySpan<char> word) => Particles.Contains(word) && !word.ContainsAnyInRange('A', 'Z');

    // A word of a name, less its possessive: "Clinton’s" gives "Clinton".
    private static ReadOnlySpan<char> Part(QuoteText q, int t) => StripPossessive(q.Word(t));

    // Every part a place word ("South Carolina", "Britain"): a place, not a person.
    private static bool IsPlaceName(QuoteText q, List<int> parts)
    {
        foreach (int part in parts) if (!PersonWords.IsPlaceWord(Part(q, part))) return false;
        return true;
    }

    // "the Clinton campaign", "in New Hampshire", "on Instagram", "via Twitter": a capitalised run after an article
    // or a preposition of place is a modifier, a place or a medium, not a person.
    private static bool FollowsNonPersonWord(QuoteText q, int first)
    {
        int before = first - 1;
        if (!q.IsWord(before) || q.Sentence[before] != q.Sentence[first]) return false;
        var w = q.Word(before);
        // "Museum of Natural History", "Secretary of State": the run after a capitalised "X of" is the rest of a name of a thing.
        if (w is "of" && q.IsWord(before - 1) && char.IsUpper(q.Word(before - 1)[0])) return true;
        return w is "the" or "a" or "an" or "in" or "at" or "on" or "via" or "near" or "across" or "throughout" or "into" or "from";
    }

    private static bool TryDescription(QuoteText q, int the, out Mention mention, out int end)
    {
        mention = null!;
        end = the;
        List<string>? roles = null;
        int? age = null;
        var gender = Gender.Unknown;
        int last = -1;
        for (int t = the + 1; t <= the + 4 && q.IsWord(t) && q.Sentence[t] == q.Sentence[the]; t++)
        {
            var w = q.Word(t);
            if (TryAge(w, out int years))
            {
                age = years;
                last = t;
                continue;
            }
            if (PersonWords.IsRole(w, out var g))
            {
                (roles ??= []).Add(w.ToString().ToLowerInvariant());
                if (g != Gender.Unknown) gender = g;
                last = t;
                continue;
            }
            if (last >= 0 || PersonWords.IsPhraseBoundary(w)) break;
        }
        if (last < 0) return false;
        // "the actor Alec Baldwin" is an apposition: the name is the mention, the description says what they are.
        if (q.IsWord(last + 1) && char.IsUpper(q.Word(last + 1)[0]) && !PersonWords.IsNotName(q.Word(last + 1))) return false;
        mention = new Mention
        {
            Start = q.Tokens[the].Start,
            End = q.Tokens[last].End,
            FirstToken = the,
            LastToken = last,
            Kind = MentionKind.Description,
            Gender = gender,
            Roles = roles is null ? [] : [.. roles],
            Age = age,
            InQuote = q.InQuote[the],
            Sentence = q.Sentence[the],
        };
        end = last;
        return true;
    }

    /// <summary>Reads "35-year-old" as 35.</summary>
    public static bool TryAge(ReadOnlySpan<char> word, out int years)
    {
        years = 0;
        // At least one digit before "-year-old": shorter words are ruled out before searching for the dash.
        if (word.Length < 10) return false;
        int dash = word.IndexOf('-');
        return dash > 0 && word[dash..].Equals("-year-old", StringComparison.OrdinalIgnoreCase) && int.TryParse(word[..dash], out years);
    }

    /// <summary>True when the name run <paramref name="first"/>–<paramref name="last"/> stands where a speaker stands: before a cue, or after one.</summary>
    /// <remarks>Asked by coreference, only for a lone name it does not know yet.</remarks>
    internal static bool IsSpeakerPosition(QuoteText q, int first, int last)
    {
        int after = last + 1;
        while (q.IsWord(after) && PersonWords.IsCueModifier(q.Word(after))) after++;
        if (q.IsWord(after) && CueLexicon.TryGet(q.Word(after), out _)) return true;
        // After "told" or "asked" stands whom the words were addressed to, as often a channel ("told Fox") as a person.
        return q.IsWord(first - 1) && CueLexicon.TryGet(q.Word(first - 1), out _) && !AddresseeAndMedium.IsAddressing(q.Word(first - 1));
    }

    private static bool IsSentenceStart(QuoteText q, int t) => t == 0 || q.Sentence[t - 1] != q.Sentence[t] || q.IsQuoteMark(t - 1);

    private static bool IsAcronym(ReadOnlySpan<char> part)
    {
        if (part.Length < 2) return false;
        foreach (char c in part) if (!char.IsUpper(c) && c != '.') return false;
        return true;
    }

    private static bool EndsPossessive(ReadOnlySpan<char> word) => word.Length > 2 && word[^1] is 's' && word[^2] is '’' or '\'';

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) => EndsPossessive(word) ? word[..^2] : word;

    private static Mention Make(QuoteText q, int first, int last, MentionKind kind, Gender gender) => new()
    {
        Start = q.Tokens[first].Start,
        End = q.Tokens[last].End,
        FirstToken = first,
        LastToken = last,
        Kind = kind,
        Gender = gender,
        InQuote = q.InQuote[first],
        Sentence = q.Sentence[first],
    };
}
