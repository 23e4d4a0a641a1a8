namespace Lede.Quotes;

/// <summary>
/// Resolves mentions to people, in text order. A full name opens a person (or joins one with the same first and last
/// name); a lone surname or first name joins the most recently mentioned person who has it; a pronoun goes to the
/// most recent person it agrees with; a description goes to the person it was said of ("Baldwin, 35," makes "the
/// 35-year-old" her; "the actor Alec Baldwin" makes "the actor" him), else to the most recent person the sentence does
/// not already name. Gender is learnt from the text itself: titles, role nouns and pronouns a person takes, and then
/// every person who shares a learnt first name.
/// </summary>
internal sealed class Coreference
{
    // How far back (in sentences) a pronoun or a description looks for its antecedent. Calibrated on PolNeAR train:
    // news prose rarely refers back further without repeating the name.
    private const int Window = 6;

    // How many of the most recently mentioned people a pronoun or a description considers: keeps hostile text with
    // thousands of names linear; news prose never juggles this many at once.
    private const int RecentPeople = 64;

    private readonly QuoteText _q;
    private readonly List<PersonEntity> _people = [];
    private readonly Dictionary<string, Gender> _firstNameGender = new(StringComparer.Ordinal);
    private Mention? _lastName;
    private readonly Dictionary<string, List<PersonEntity>> _byPart = new(StringComparer.Ordinal);
    private readonly List<PersonEntity> _recent = [];

    private Coreference(QuoteText q) => _q = q;

    /// <summary>Resolves the candidates; returns the kept mentions (in order) and the people.</summary>
    public static (List<Mention> Mentions, List<PersonEntity> People) Resolve(QuoteText q, List<MentionFinder.Candidate> candidates)
    {
        var coreference = new Coreference(q);
        var kept = new List<Mention>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (coreference.Place(candidate)) kept.Add(candidate.Mention);
        }
        return (kept, coreference._people);
    }

    private bool Place(MentionFinder.Candidate candidate)
    {
        var m = candidate.Mention;
        switch (m.Kind)
        {
            case MentionKind.Name:
                var person = FindByName(m.NameParts);
                if (person is null)
                {
                    if (candidate.Lone && !MentionFinder.IsSpeakerPosition(_q, candidate.RunFirst, m.LastToken)) return false;
                    person = Open(m);
                }
                else if (m.NameParts.Length > person.NameParts.Length && person.NameParts.Length == 1)
                {
                    person.NameParts = m.NameParts;
                    Index(person);
                }
                if (m.Gender != Gender.Unknown) Learn(person, m.Gender);
                ReadApposition(m, person);
                Attach(m, person);
                _lastName = m;
                return true;
            case MentionKind.Pronoun when m.Gender == Gender.Unknown:
                // "Trump, who …": the name right before the comma.
                if (_lastName is { } named && named.LastToken == m.FirstToken - 2 && named.Person is not null) Attach(m, named.Person);
                return true;
            case MentionKind.Pronoun:
                // Inside a quotation "he" and "she" are the speaker's words about someone else: left unresolved.
                if (!m.InQuote && m.Gender != Gender.Plural)
                {
                    var antecedent = Antecedent(m, m.Gender, excludeSentence: false);
                    if (antecedent is not null)
                    {
                        Learn(antecedent, m.Gender);
                        Attach(m, antecedent);
                    }
                }
                return true;
            case MentionKind.Description:
                if (!m.InQuote && m.Gender != Gender.Plural)
                {
                    var described = Described(m) ?? Antecedent(m, m.Gender, excludeSentence: true);
                    if (described is not null)
                    {
                        if (m.Gender != Gender.Unknown) Learn(described, m.Gender);
                        Attach(m, described);
                    }
                }
                return true;
        }
        return false;
    }

    private PersonEntity Open(Mention m)
    {
        var person = new PersonEntity { NameParts = m.NameParts, Order = _people.Count };
        if (m.NameParts.Length > 1 && _firstNameGender.TryGetValue(m.NameParts[0], out var g)) person.Gender = g;
        _people.Add(person);
        Index(person);
        return person;
    }

    // Same first and last name, or a lone part of a known name (the most recently mentioned such person).
    private PersonEntity? FindByName(string[] parts)
    {
        PersonEntity? best = null;
        if (!_byPart.TryGetValue(parts[^1], out var holders)) return null;
        foreach (var person in holders)
        {
            bool match = parts.Length == 1
                ? person.HasPart(parts[0])
                : person.NameParts.Length == 1
                    ? parts[^1] == person.NameParts[0]
                    : person.NameParts[0] == parts[0] && person.NameParts[^1] == parts[^1];
            if (match && (best is null || person.LastOffset > best.LastOffset)) best = person;
        }
        return best;
    }

    private void Index(PersonEntity person)
    {
        foreach (var part in person.NameParts)
        {
            if (!_byPart.TryGetValue(part, out var holders)) _byPart[part] = holders = [];
            if (!holders.Contains(person)) holders.Add(person);
        }
    }

    private PersonEntity? Described(Mention m)
    {
        PersonEntity? best = null;
        foreach (var person in _recent)
        {
            bool match = m.Age is int age ? person.Age == age : m.Roles.Length > 0 && HasRoles(person, m.Roles);
            if (match && (best is null || person.LastOffset > best.LastOffset)) best = person;
        }
        return best;
    }

    private static bool HasRoles(PersonEntity person, string[] roles)
    {
        foreach (var role in roles) if (!person.HasRole(role)) return false;
        return true;
    }

    // The most recent person in the window who agrees with the gender; one whose gender is known to agree wins over a
    // more recent one whose gender is unknown.
    private PersonEntity? Antecedent(Mention m, Gender gender, bool excludeSentence)
    {
        PersonEntity? known = null, unknown = null;
        foreach (var person in _recent)
        {
            if (person.LastOffset < 0 || person.LastOffset >= m.Start || m.Sentence - person.LastSentence > Window) continue;
            if (excludeSentence && person.LastSentence == m.Sentence) continue;
            if (gender != Gender.Unknown && person.Gender == gender)
            {
                if (known is null || person.LastOffset > known.LastOffset) known = person;
            }
            else if (person.Gender == Gender.Unknown || gender == Gender.Unknown && person.Gender != Gender.Plural)
            {
                if (unknown is null || person.LastOffset > unknown.LastOffset) unknown = person;
            }
        }
        return known ?? unknown;
    }

    private void Learn(PersonEntity person, Gender gender)
    {
        if (gender is Gender.Unknown or Gender.Plural || person.Gender != Gender.Unknown) return;
        person.Gender = gender;
        if (person.NameParts.Length < 2) return;
        _firstNameGender.TryAdd(person.NameParts[0], gender);
        if (!_byPart.TryGetValue(person.NameParts[0], out var namesakes)) return;
        foreach (var other in namesakes)
        {
            if (other.Gender == Gender.Unknown && other.NameParts.Length > 1 && other.NameParts[0] == person.NameParts[0]) other.Gender = gender;
        }
    }

    // "the 61-year-old actor Alec Baldwin", "Baldwin, 35,", "Smith, the senator," tell what a person is.
    private void ReadApposition(Mention m, PersonEntity person)
    {
        int before = m.FirstToken - 1;
        for (int t = before; t >= 0 && t >= before - 3 && _q.IsWord(t); t--)
        {
            var w = _q.Word(t);
            if (MentionFinder.TryAge(w, out int years)) person.Age = years;
            else if (PersonWords.IsRole(w, out var g))
            {
                person.AddRole(w.ToString().ToLowerInvariant());
                Learn(person, g);
            }
            else if (w is "the" or "The" or "a" or "an") break;
        }
        int after = m.LastToken + 1;
        if (!_q.IsChar(after, ',')) return;
        for (int t = after + 1; t <= after + 5 && t < _q.Tokens.Length; t++)
        {
            if (_q.IsChar(t, ',') || !_q.IsWord(t)) break;
            var w = _q.Word(t);
            // A word starts with a letter or a digit, and only one made of ASCII digits reads as a number.
            int years = 0;
            if (char.IsAsciiDigit(w[0]) && int.TryParse(w, out years) && years is > 0 and < 120) person.Age = years;
            else if (MentionFinder.TryAge(w, out years)) person.Age = years;
            else if (PersonWords.IsRole(w, out var g))
            {
                person.AddRole(w.ToString().ToLowerInvariant());
                Learn(person, g);
            }
        }
    }

    private void Attach(Mention m, PersonEntity person)
    {
        m.Person = person;
        if (!m.InQuote && m.Start > person.LastOffset)
        {
            person.LastOffset = m.Start;
            person.LastSentence = m.Sentence;
            // The person, if among the recent ones, is most likely near the end: look from there.
            int at = _recent.Count - 1;
            while (at >= 0 && !ReferenceEquals(_recent[at], person)) at--;
            if (at >= 0) _recent.RemoveAt(at);
            _recent.Add(person);
            if (_recent.Count > RecentPeople) _recent.RemoveAt(0);
        }
        if (m.Kind == MentionKind.Pronoun && m.Gender == Gender.Unknown) return; // "who" is not a form of the name
        var form = _q.Text.AsSpan(m.Start, m.End - m.Start);
        if (!HasForm(person, form)) person.Forms.Add(form.ToString());
    }

    private static bool HasForm(PersonEntity person, ReadOnlySpan<char> form)
    {
        foreach (var f in person.Forms) if (form.Equals(f, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
