using System.Reflection;
using Lede.Lexicon;
using Lede.Metadata;
using Lede.Pages;
using Lede.Quotes;
using Lede.Tests.Golden;

namespace Lede.Tests.Lexicon;

/// <summary>
/// The word lists (shape test, ASCII table, set of the rest) find exactly what a plain case-insensitive set finds: the
/// quotation stage's lexicons, the class vocabularies and the metadata hints.
/// </summary>
public sealed class WordSetTests
{
    [Fact]
    public void FindsTheStageWordLists()
    {
        var names = Lexicons().Select(l => l.Name).ToList();
        Assert.Contains("PersonWords.Pronouns", names);
        Assert.Contains("CueLexicon.Forms", names);
        Assert.Contains("ClassSignals.WordMeanings", names);
        Assert.Contains("ClassSignals.CompoundMeanings", names);
        Assert.True(names.Count >= 17, string.Join(", ", names));
    }

    [Fact]
    public void EveryListedWordIsFoundInAnyCase()
    {
        foreach (var (name, words, contains) in Lexicons())
        {
            Assert.NotEmpty(words);
            foreach (var word in words)
            {
                foreach (var form in Forms(word)) Assert.True(contains(form), $"{name} lost {form}");
            }
        }
    }

    [Fact]
    public void AgreesWithAPlainCaseInsensitiveSet()
    {
        var probes = Probes();
        Assert.True(probes.Count > 5_000, $"{probes.Count} probe words");
        foreach (var (name, words, contains) in Lexicons())
        {
            var reference = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            foreach (var probe in probes) Assert.True(reference.Contains(probe) == contains(probe), $"{name} disagrees on “{probe}”");
        }
    }

    [Theory]
    [InlineData("SEÑORA", true)]
    [InlineData("señora", true)]
    [InlineData("E-MAIL", true)]
    [InlineData("'Til", true)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("ſeñora", false)] // a long s is no 's' when case is ignored
    [InlineData("señor", false)]
    [InlineData("email", false)]
    [InlineData("", false)]
    public void HandlesNonLettersAndNonAscii(string word, bool found)
    {
        var set = new WordSet(["Señora", "e-mail", "'til", "x"]);
        Assert.Equal(found, set.Contains(word));
        Assert.Equal(found, new HashSet<string>(["Señora", "e-mail", "'til", "x"], StringComparer.OrdinalIgnoreCase).Contains(word));
    }

    [Fact]
    public void ANonAsciiEndHasASlotOfItsOwn()
    {
        var shapes = new WordShapes(["café"]);
        Assert.True(shapes.MayHold("CAFÉ"));
        Assert.True(shapes.MayHold("cafè"));
        Assert.False(shapes.MayHold("table"));
        Assert.False(shapes.MayHold("cafe"));
    }

    [Fact]
    public void AListedWordWhoseEndCaseMapsToAsciiLetsEveryWordThrough()
    {
        Assert.True(new WordShapes(["\u212Aelvin"]).MayHold("table"));
        Assert.False(new WordShapes(["kelvin"]).MayHold("table"));
    }

    // The shape test may only rule out what neither way of ignoring case would match: checked for every character
    // against every ASCII character, at the start and at the end of a word.
    [Fact]
    public void NeverRulesOutACharacterThatEqualsAListedOneIgnoringCase()
    {
        for (int a = 0; a < 128; a++)
        {
            string listed = $"{(char)a}x{(char)a}";
            var shapes = new WordShapes([listed]);
            for (int c = 0; c <= char.MaxValue; c++)
            {
                if (char.IsSurrogate((char)c)) continue;
                string probe = $"{(char)c}x{(char)c}";
                bool equal = string.Equals(listed, probe, StringComparison.OrdinalIgnoreCase)
                             || string.Equals(listed.ToLowerInvariant(), probe.ToLowerInvariant(), StringComparison.Ordinal);
                if (equal) Assert.True(shapes.MayHold(probe), $"U+{c:X4} against U+{a:X4}");
            }
        }
    }

    [Fact]
    public void MonthNamesAndFunctionWordsPassInAnyCase()
    {
        foreach (var month in MonthNames.All)
        {
            foreach (var form in Forms(month)) Assert.True(MonthNames.Month(form) > 0, form);
        }
        foreach (var word in StopWords.Languages.Keys)
        {
            foreach (var form in Forms(word)) Assert.True(StopWords.MayBe(form), form);
        }
    }

    private static IEnumerable<string> Forms(string word) =>
        [word, word.ToUpperInvariant(), word.ToLowerInvariant(), char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()];

    // Every word of the golden pages, and each listed word in several cases, cut short and lengthened.
    private static HashSet<string> Probes()
    {
        var probes = new HashSet<string>(StringComparer.Ordinal) { "", "ſhe", "hıs", "K" };
        foreach (var slug in GoldenPage.Slugs())
        {
            var text = GoldenPage.Load(slug).GroundTruth;
            foreach (var token in Tokenizer.Tokenize(text)) probes.Add(token.In(text).ToString());
        }
        foreach (var (_, words, _) in Lexicons())
        {
            foreach (var word in words)
            {
                foreach (var form in Forms(word))
                {
                    probes.Add(form);
                    probes.Add(form[..^1]);
                    probes.Add(form + "s");
                    probes.Add("s" + form);
                }
            }
        }
        return probes;
    }

    // Every static WordSet and WordMap field of the library.
    private static IEnumerable<(string Name, IReadOnlyCollection<string> Words, Func<string, bool> Contains)> Lexicons()
    {
        const BindingFlags Static = BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public;
        foreach (var type in typeof(WordSet).Assembly.GetTypes())
        {
            foreach (var field in type.GetFields(Static))
            {
                string name = type.Name + "." + field.Name;
                switch (field.GetValue(null))
                {
                    case WordSet set:
                        yield return (name, set.Words, word => set.Contains(word));
                        break;
                    case WordMap<Gender> map:
                        yield return (name, map.Words, word => map.TryGetValue(word, out _));
                        break;
                    case WordMap<CueKind> map:
                        yield return (name, map.Words, word => map.TryGetValue(word, out _));
                        break;
                    case WordMap<ClassSignals.ClassWordMeaning> map:
                        yield return (name, map.Words, word => map.TryGetValue(word, out _));
                        break;
                    case { } other when other.GetType().Name.StartsWith("WordMap", StringComparison.Ordinal):
                        throw new InvalidOperationException($"{name}: add a case for {other.GetType()}");
                }
            }
        }
    }
}
