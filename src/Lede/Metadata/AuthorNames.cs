using Lede.Lexicon;

namespace Lede.Metadata;

/// <summary>
/// Turns what a page gives as an author ("By Jane Doe and John Roe, Staff Writers | Updated 3 hours ago",
/// "jane@example.com (Jane Doe)", "Reuters") into people's names, and sets organisations apart.
/// </summary>
internal static class AuthorNames
{
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;

    private static readonly HashSet<string> Articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "il", "lo", "gli", "o", "os", "het", "de" };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "de", "der", "den", "da", "das", "do", "dos", "di", "du", "del", "della", "la", "le", "ter", "ten", "bin", "bint", "al", "el", "y", "zu", "af",
    };

    private static readonly char[] NameEdges = [' ', ',', ';', ':', '/', '／', '|', '-', '–', '—', '*', '"', '\'', '“', '”'];

    /// <summary>Adds the people named in <paramref name="raw"/> to <paramref name="people"/> and organisations to <paramref name="organisations"/>.</summary>
    public static void Read(string? raw, List<string> people, List<string> organisations)
    {
        if (raw is null || raw.Length > 600) return;
        foreach (var line in raw.Split('\n'))
            if (MetaText.Clean(line) is { } text && text.Length <= 300 && !MetaText.IsUrl(text)) ReadLine(text, people, organisations);
    }

    private static void ReadLine(string text, List<string> people, List<string> organisations)
    {
        // "記者林宸誼／即時報導": Chinese bylines put the reporter's title before the name, and the place or kind of
        // report after a slash.
        if (text.StartsWith("記者", StringComparison.Ordinal) || text.StartsWith("记者", StringComparison.Ordinal))
        {
            var name = text[2..];
            int slash = name.IndexOfAny(['／', '/', ' ']);
            text = (slash > 0 ? name[..slash] : name).Trim();
            if (text.Length == 0) return;
        }
        // Most structured data gives a plain name ("Jane Doe"): no opener, joiner, role or date to take apart.
        if (IsPlainName(text))
        {
            text = Tidy(text);
            if (IsOrganisation(text)) AddDistinct(organisations, text);
            else if (LooksLikeName(text)) AddDistinct(people, text);
            return;
        }
        foreach (var segment in Segments(text))
        {
            var rest = StripOpener(segment);
            var names = new List<string>();
            foreach (var part in SplitNames(rest))
            {
                var name = StripRole(part)?.Trim(NameEdges);
                if (string.IsNullOrEmpty(name)) continue;
                if (IsOrganisation(name)) AddDistinct(organisations, name);
                else if (LooksLikeName(name)) names.Add(name);
            }
            // "Jane Doe, Futurism", "DH News Service, Washington": beside a full name or an organisation, a single
            // word is an affiliation or a place, not a co-author.
            bool beside = names.Count > 1 || organisations.Count > 0;
            foreach (var name in names)
                if (!name.Contains(' ') && beside && names.Exists(n => n.Contains(' '))) AddDistinct(organisations, name);
                else if (!name.Contains(' ') && beside) continue;
                else AddDistinct(people, name);
        }
    }

    /// <summary>Cleans a list of raw author strings into distinct people (organisations returned apart).</summary>
    public static (List<string> People, List<string> Organisations) ReadAll(IEnumerable<string> raws)
    {
        var people = new List<string>();
        var organisations = new List<string>();
        foreach (var raw in raws) Read(raw, people, organisations);
        return (people, organisations);
    }

    public static void AddDistinct(List<string> names, string name)
    {
        foreach (var existing in names)
            if (existing.Equals(name, StringComparison.OrdinalIgnoreCase)) return;
        names.Add(name);
    }

    /// <summary>True for names like "Reuters", "AP", "Metro News Staff", "The Editors".</summary>
    public static bool IsOrganisation(string name)
    {
        var words = name.Split([' ', '-', '/', '.'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
            if (AuthorWords.OrganisationWords.Contains(word) || EndsWithOrganisationWord(word)) return true;
        if (name.Contains(".com", StringComparison.OrdinalIgnoreCase) || IsDomain(name)) return true;
        // A lone acronym or code ("AP", "WSJ", "KWCHCIK") is an outlet, not a person.
        return words.Length == 1 && words[0].Length >= 2 && words[0].All(c => char.IsUpper(c) || char.IsDigit(c));
    }

    // German writes compounds in one word: "Außenministerium", "Landespolizei", "Lokalzeitung". Only organisation words
    // of seven letters or more end one, so "Sport" never makes "Rapport" an organisation.
    private static bool EndsWithOrganisationWord(string word)
    {
        foreach (var organisation in AuthorWords.CompoundEnds)
            if (word.Length > organisation.Length + 2 && word.EndsWith(organisation, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // "ElVallenc.cat", "INFORM.KZ": a site's address, one word ending in a dot and two to six letters.
    private static bool IsDomain(string name)
    {
        int dot = name.LastIndexOf('.');
        if (dot <= 0 || name.Contains(' ') || name.Length - dot - 1 is < 2 or > 6) return false;
        for (int i = dot + 1; i < name.Length; i++)
            if (!char.IsAsciiLetter(name[i])) return false;
        return char.IsLetterOrDigit(name[dot - 1]);
    }

    // A full stop ends an initial ("E.") or "Jr.", not a name ("Cunningham." at the end of a sentence).
    private static string Tidy(string word)
    {
        if (!word.EndsWith('.')) return word;
        int start = word.LastIndexOf(' ') + 1;
        int letters = word.Length - 1 - start;
        var last = word.AsSpan(start);
        return letters <= 1 || last is "Jr." or "Sr." or "St." ? word : word[..^1];
    }

    private static bool IsPlainName(string text)
    {
        if (text.Length > 40) return false;
        int words = 1, letters = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == ' ') { words++; letters = 0; }
            else if (char.IsLetter(c)) letters++;
            // "E." is an initial; "Cunningham. Sputnik" two things.
            else if (c == '.' && letters > 1 && i < text.Length - 1) return false;
            else if (c is not ('.' or '-' or '\'' or '’')) return false;
        }
        if (words > 4) return false;
        foreach (var word in text.Split(' '))
            if (AuthorWords.Joiners.Contains(word) || AuthorWords.Roles.Contains(word) || AuthorWords.Enders.Contains(word) || OpenerWords.Contains(word))
                return false;
        return true;
    }

    // The first words of the openers ("By", "Written", "Von"): a name starting with one is read the long way.
    private static readonly HashSet<string> OpenerWords = new(AuthorWords.Openers.Select(o => o.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);

    // The byline's parts: "Jane Doe | Updated …", "Jane Doe - Reuters", "Jane Doe • 5 min read", one line each.
    private static IEnumerable<string> Segments(string text)
    {
        // "스포츠조선=선수민 기자": the outlet before "=" and its reporter after it, as Korean bylines write them.
        if (text.LastIndexOf('=') is var equals and > 0) text = text[(equals + 1)..];
        foreach (var piece in text.Split(['|', '•', '·', '\n', '—', '–', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var part in piece.Split(" - ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return part;
    }

    private static string StripOpener(string text)
    {
        var t = text.AsSpan().TrimStart();
        bool stripped;
        do
        {
            stripped = false;
            foreach (var opener in AuthorWords.Openers)
            {
                if (t.Length <= opener.Length || !t.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) continue;
                // "di Mario Rossi" is a byline, "Di Stefano" a surname.
                if (opener == "di" && t[0] != 'd') continue;
                char next = t[opener.Length];
                if (next is not (' ' or ':' or '\u00A0')) continue;
                t = t[(opener.Length + 1)..].TrimStart([' ', ':', '\u00A0']);
                stripped = true;
                break;
            }
        } while (stripped && t.Length > 0);
        // "Analysis by Jane Doe", "Photographs by …": one or two words, then "by".
        int by = t.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by > 0 && by < 25 && TextMeasure.CountWords(t[..by]) <= 2) t = t[(by + 4)..].TrimStart();
        return t.ToString();
    }

    // "Jane Doe, John Roe and Ann Poe" → three parts; words after the names that begin something else end the list.
    private static List<string> SplitNames(string text)
    {
        var parts = new List<string>();
        var current = new List<string>();
        // "Ralph Steiner/Carlo Natter": a slash between two names parts them as a comma does.
        var words = text.Replace("/", " / ", StringComparison.Ordinal).Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        for (int w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word.Contains('@') || MetaText.IsUrl(word)) { Flush(); continue; } // e-mail addresses and handles
            var bare = Tidy(word.TrimEnd(',', ';', ':', '/', '&'));
            if (AuthorWords.Enders.Contains(bare)) break;
            if (AuthorWords.DateConnectors.Contains(bare) && w + 1 < words.Length && StartsDate(words[w + 1])) break;
            if (StartsDate(word) && LooksLikeDateRest(words, w)) break;
            if (bare.Length == 0 || bare == "&" || IsJoiner(word)) { Flush(); continue; }
            current.Add(bare);
            if (word.Length > bare.Length && word[^1] is ',' or ';' or '/' or '&') Flush();
        }
        Flush();
        return parts;

        void Flush()
        {
            if (current.Count > 0) parts.Add(string.Join(' ', current));
            current.Clear();
        }
    }

    // "and", "und", "et"; the one-letter joiners ("y", "e") only in lower case, so an initial ("E.") stays a name.
    private static bool IsJoiner(string word)
        => word.Length == 1 ? word is "y" or "e" : AuthorWords.Joiners.Contains(word.TrimEnd(','));

    private static bool StartsDate(string word)
        => word.Length > 0 && (char.IsDigit(word[0]) || MonthNames.Month(word.TrimEnd('.', ',')) > 0 || MonthNames.IsWeekday(word));

    // A date after the names ("Jane Doe April 12, 2019", "Jane Doe Monday, November 18"): the rest of the byline reads as one.
    private static bool LooksLikeDateRest(string[] words, int from) => char.IsDigit(words[from][0]) || MonthNames.IsWeekday(words[from])
        || DateText.Parse(string.Join(' ', words[from..])) is not null;

    // "Jane Doe Senior Political Correspondent" → "Jane Doe"; "Staff Writer" → null.
    private static string? StripRole(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int role = Array.FindIndex(words, w => AuthorWords.Roles.Contains(w));
        if (role < 0) return part;
        int end = role;
        while (end > 0 && AuthorWords.RoleModifiers.Contains(words[end - 1])) end--;
        return end == 0 ? null : string.Join(' ', words[..end]);
    }

    private static bool LooksLikeName(string name)
    {
        if (name.Length < 2 || name.Length > MaxNameLength) return false;
        // A byline's opener left alone ("Por", "Von", "Autor") when the name itself stood elsewhere.
        if (OpenerWords.Contains(name) || AuthorWords.Roles.Contains(name)) return false;
        int words = 0;
        bool upperStart = false;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (word.Any(char.IsDigit)) return false;
            char first = word[0];
            if (char.IsUpper(first) || !char.IsLower(first)) upperStart = true; // scripts without case count as names
            // Every word of a name is capitalised but its particles ("van", "de", "bin"): "defense ministries" is no name.
            else if (!Particles.Contains(word)) return false;
        }
        // "The Russian ministry": a name does not start with an article.
        if (Articles.Contains(name[..Math.Max(0, name.IndexOf(' '))])) return false;
        // A month or a weekday alone is what is left of a dateline, not a name.
        if (words == 1 && (MonthNames.Month(name) > 0 || MonthNames.IsWeekday(name))) return false;
        return words <= MaxNameWords && upperStart && char.IsLetter(name[0]);
    }
}
