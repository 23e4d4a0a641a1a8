using Lede.Lexicon;

namespace Lede.Tests.Lexicon;

public sealed class InfixAutomatonTests
{
    [Theory]
    [InlineData("ushers", 0b11)] // "she" and "he" end inside "hers", which ends last
    [InlineData("his", 0b01)]
    [InlineData("hers", 0b11)]
    [InlineData("h", 0)]
    [InlineData("", 0)]
    [InlineData("x9he", 0b01)]
    public void ReportsEveryListWithAWordInside(string word, int expected)
    {
        var automaton = new InfixAutomaton(["he", "his"], ["she", "hers"]);
        Assert.Equal(expected, automaton.Find(word));
    }

    [Fact]
    public void StepByStepIsTheSameAsFind()
    {
        var automaton = new InfixAutomaton(["morefrom", "alsoread"], ["readmore"]);
        int state = InfixAutomaton.Start, found = 0;
        var seen = new List<int>();
        foreach (char c in "readmorefromalsoread")
        {
            state = automaton.Step(state, c, ref found);
            seen.Add(found);
        }
        Assert.Equal(0b11, automaton.Find("readmorefromalsoread"));
        Assert.Equal(0, seen[6]);      // "readmor"
        Assert.Equal(0b10, seen[7]);   // "readmore"
        Assert.Equal(0b11, seen[11]);  // "readmorefrom": "morefrom" ends here
    }

    // The framework's substring search is the oracle: random words over few letters meet many partial matches, so the
    // suffix links are exercised far more than real class names would.
    [Fact]
    public void AgreesWithASubstringSearchOnRandomWords()
    {
        var random = new Random(36);
        string[][] lists =
        [
            [.. Enumerable.Range(0, 12).Select(_ => RandomWord(random, 1, 5))],
            [.. Enumerable.Range(0, 12).Select(_ => RandomWord(random, 2, 7))],
            [.. Vocabulary.ChromeCompounds],
            ["a", "aa", "aaa", "ab9", "9"],
        ];
        var automaton = new InfixAutomaton(lists);
        for (int i = 0; i < 20_000; i++)
        {
            var word = i % 3 == 0 ? string.Concat(Enumerable.Range(0, 4).Select(_ => Vocabulary.ChromeCompounds[random.Next(Vocabulary.ChromeCompounds.Length)][random.Next(3)..]))
                : RandomWord(random, 0, 30);
            int expected = 0;
            for (int list = 0; list < lists.Length; list++)
            {
                if (lists[list].Any(w => word.Contains(w, StringComparison.Ordinal))) expected |= 1 << list;
            }
            Assert.True(expected == automaton.Find(word), $"“{word}”: expected {expected}, found {automaton.Find(word)}");
        }
    }

    [Fact]
    public void RefusesWordsItCannotRead()
    {
        Assert.Throws<ArgumentException>(() => new InfixAutomaton(["ok", ""]));
        Assert.Throws<ArgumentException>(() => new InfixAutomaton(["Upper"]));
        Assert.Throws<ArgumentException>(() => new InfixAutomaton(["two words"]));
        Assert.Throws<ArgumentException>(() => new InfixAutomaton(["é"]));
        Assert.Throws<ArgumentException>(() => new InfixAutomaton([.. Enumerable.Repeat<IReadOnlyList<string>>(["a"], 9)]));
    }

    [Fact]
    public void NoListsFindNothing() => Assert.Equal(0, new InfixAutomaton().Find("anything0"));

    private static string RandomWord(Random random, int shortest, int longest)
    {
        const string Letters = "ab9c";
        return string.Concat(Enumerable.Range(0, random.Next(shortest, longest + 1)).Select(_ => Letters[random.Next(Letters.Length)]));
    }
}
