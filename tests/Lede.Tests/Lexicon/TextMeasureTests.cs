using System.Text;
using Lede.Lexicon;

namespace Lede.Tests.Lexicon;

/// <summary>The whitespace measures, which work by stretches, against the rule written out character by character.</summary>
public sealed class TextMeasureTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("a", 1)]
    [InlineData(" a ", 3)]
    [InlineData("a  \n\t b", 3)]
    [InlineData("a\u00A0\u2003b\u200B", 4)]
    public void CollapsedLengthCountsEachRunOfSpacesAsOne(string text, int expected)
        => Assert.Equal(expected, TextMeasure.CollapsedLength(text));

    [Fact]
    public void TheMeasuresAgreeWithTheRuleCharacterByCharacter()
    {
        char[] alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '\f', '\u00A0', '\u200B', '\u2003', '\u3000', '\u00AD', 'é', '“', '\v'];
        // ASCII alone half the time: it is measured sixteen characters at a time.
        char[] ascii = ['a', 'b', 'c', ' ', ' ', ' ', '\t', '\n', '\r', '\f', '\v', '.'];
        var random = new Random(14);
        for (int round = 0; round < 5_000; round++)
        {
            var letters = round % 2 == 0 ? alphabet : ascii;
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            Assert.Equal(NaiveLength(text), TextMeasure.CollapsedLength(text));
            var start = random.Next(4) switch { 0 => "", 1 => "x", 2 => "x\n", _ => "x " };
            var fast = new StringBuilder(start);
            TextMeasure.AppendCollapsed(fast, text);
            var naive = new StringBuilder(start);
            NaiveAppend(naive, text);
            Assert.Equal(naive.ToString(), fast.ToString());
            // Text said to be collapsed and trimmed comes out of collapsing and trimming unchanged.
            var clean = new StringBuilder();
            NaiveAppend(clean, text);
            Assert.Equal(clean.ToString().Trim() == text, TextMeasure.IsCollapsedAndTrimmed(text));
        }
    }

    [Fact]
    public void EveryCharacterIsMeasuredAsTheRuleSaysWhereverItStands()
    {
        // Each character of the whole range, between letters and among spaces, in every position of a stretch that is
        // measured sixteen at a time.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { "abcdefgh" + ch + "ijklmnopqrstuvw", "a " + ch + " b" + new string(' ', 14) + ch, new string(ch, 17) })
                Assert.Equal(NaiveLength(text), TextMeasure.CollapsedLength(text));
        }
    }

    private static int NaiveLength(string text)
    {
        int length = 0;
        bool inSpace = false;
        foreach (char c in text)
        {
            if (TextMeasure.IsSpace(c)) { if (!inSpace) { length++; inSpace = true; } }
            else { length++; inSpace = false; }
        }
        return length == 1 && inSpace ? 0 : length;
    }

    private static void NaiveAppend(StringBuilder sb, string text)
    {
        foreach (char c in text)
        {
            if (TextMeasure.IsSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n') sb.Append(' '); }
            else if (c != '\u00AD') sb.Append(c);
        }
    }
}
