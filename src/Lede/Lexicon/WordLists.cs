using System.Reflection;
using System.Text;

namespace Lede.Lexicon;

/// <summary>
/// The lexicon as data: the embedded files of <c>Lexicon/Words</c>, one a language (<see cref="Languages"/>) and one of
/// words of no language (<c>any.txt</c>), read once. Each file lists its words under <see cref="Section"/> headings; a
/// section's words are the union over the files, in the order of <see cref="Languages"/> and then <c>any</c>. The
/// format is in <c>Lexicon/Words/README.md</c>.
/// </summary>
internal static class WordLists
{
    /// <summary>The languages the lexicon has a file for, in the order their function words are indexed.</summary>
    public static readonly string[] Languages = ["en", "de", "fr", "es", "it", "pt", "nl"];

    /// <summary>The file of the words of no language.</summary>
    internal const string AnyLanguage = "any";

    private static readonly Dictionary<(Section, string), List<string>> Lists = Load();

    /// <summary>A section's words over every language, each once, in file order.</summary>
    public static IReadOnlyList<string> Words(Section section)
    {
        var all = new List<string>();
        var seen = new HashSet<string>(section == Section.AgencyAcronyms ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        foreach (var language in Languages.Append(AnyLanguage))
            if (Lists.TryGetValue((section, language), out var words))
                foreach (var word in words)
                    if (seen.Add(word)) all.Add(word);
        return all;
    }

    /// <summary>A section's words of one language (empty when its file has none).</summary>
    public static IReadOnlyList<string> Words(Section section, string language)
        => Lists.TryGetValue((section, language), out var words) ? words : [];

    /// <summary>A section's words as a case-insensitive set (case-sensitive for <see cref="Section.AgencyAcronyms"/>).</summary>
    public static HashSet<string> Set(Section section)
        => new(Words(section), section == Section.AgencyAcronyms ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    /// <summary>The section a heading names (<c>credit-labels</c> → <see cref="Section.CreditLabels"/>); null for an unknown one.</summary>
    internal static Section? SectionNamed(string heading)
    {
        foreach (var section in Enum.GetValues<Section>())
            if (KebabCase(section.ToString()) == heading) return section;
        return null;
    }

    internal static string KebabCase(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static Dictionary<(Section, string), List<string>> Load()
    {
        var lists = new Dictionary<(Section, string), List<string>>();
        var assembly = typeof(WordLists).Assembly;
        foreach (var language in Languages.Append(AnyLanguage))
        {
            using var stream = assembly.GetManifestResourceStream($"Lede.Lexicon.{language}.txt")
                ?? throw new InvalidOperationException($"the lexicon of '{language}' is missing from the build");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            foreach (var (section, word) in Parse(reader, language))
            {
                if (!lists.TryGetValue((section, language), out var list)) lists[(section, language)] = list = [];
                list.Add(word);
            }
        }
        return lists;
    }

    /// <summary>The entries of one file, with their sections; throws on a section the library does not know, so a typo fails at once.</summary>
    internal static IEnumerable<(Section Section, string Word)> Parse(TextReader reader, string file)
    {
        Section? section = null;
        int number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var entry = line.Trim();
            if (entry.Length == 0 || entry[0] == '#') continue;
            if (entry[0] == '[' && entry[^1] == ']')
            {
                section = SectionNamed(entry[1..^1])
                    ?? throw new InvalidDataException($"lexicon {file}, line {number}: no section named {entry}");
                continue;
            }
            if (section is null) throw new InvalidDataException($"lexicon {file}, line {number}: an entry before any [section]");
            yield return (section.Value, section == Section.AgencyAcronyms ? entry : entry.ToLowerInvariant());
        }
    }
}
