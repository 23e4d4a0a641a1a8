using Lede.Content;
using Lede.Figures;
using Lede.Lexicon;
using Lede.PlainText;
using Lede.Tests.Output;

namespace Lede.Tests.Lexicon;

/// <summary>The lexicon's files, its one label rule, its one sentence rule, and the two paths agreeing through it.</summary>
public sealed class LexiconTests
{
    [Fact]
    public void EveryLanguageHasAFileWithItsFunctionWords()
    {
        foreach (var language in WordLists.Languages)
            Assert.True(WordLists.Words(Section.FunctionWords, language).Count >= 30, $"{language}.txt has too few function words");
    }

    [Fact]
    public void EverySectionHasWords()
    {
        foreach (var section in Enum.GetValues<Section>())
            Assert.NotEmpty(WordLists.Words(section));
    }

    [Fact]
    public void AFileWithAnUnknownSectionIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => WordLists.Parse(new StringReader("[promo]\nsubscribe\n[promos]\nshare"), "xx").ToList());

        Assert.Contains("line 3", error.Message);
        Assert.Contains("[promos]", error.Message);
    }

    [Fact]
    public void EntriesAreReadLowerCasedButAcronyms()
    {
        var entries = WordLists.Parse(new StringReader("# a comment\n\n[promo]\n  Sign Up  \n[agency-acronyms]\nAFP"), "xx").ToList();

        Assert.Equal([(Section.Promo, "sign up"), (Section.AgencyAcronyms, "AFP")], entries);
    }

    [Fact]
    public void TheShippedFilesUseOnlyKnownSectionsAndNoEntryTwiceInASection()
    {
        var folder = RepoFiles.Path("src/Lede/Lexicon/Words");
        var files = Directory.GetFiles(folder, "*.txt");
        Assert.Equal(WordLists.Languages.Length + 1, files.Length);
        foreach (var file in files)
        {
            var entries = WordLists.Parse(new StringReader(File.ReadAllText(file)), Path.GetFileName(file)).ToList();
            var twice = entries.GroupBy(e => e).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{Path.GetFileName(file)} lists twice: {string.Join(", ", twice)}");
        }
    }

    [Theory]
    [InlineData("Subscribe to our newsletter", true)]
    [InlineData("Subscribers said the price was fair.", false)]
    [InlineData("  SHARE THIS: the story", true)]
    [InlineData("Shared thoughts on a long week", false)]
    [InlineData("Partager : sur Facebook", true)]
    [InlineData("Follow @jdoe for more", true)]
    public void ALabelMustEndAWordAndASpaceOrColonIsLoose(string text, bool opens)
        => Assert.Equal(opens, new LabelSet(["subscribe", "share this:", "partager:", "follow @"]).Opens(text));

    [Fact]
    public void TheLongestLabelWins()
    {
        var labels = new LabelSet(["courtesy", "courtesy of"]);

        Assert.True(labels.MatchAt("Courtesy of Jane Doe", 0, out int end));
        Assert.Equal("Courtesy of".Length, end);
    }

    [Theory]
    [InlineData("Advertisement", true)]
    [InlineData("  Share this: ", true)]
    [InlineData("Share this story with a friend", false)]
    [InlineData("Partager :", true)]
    public void AWholeLineLabel(string text, bool whole)
        => Assert.Equal(whole, new LabelSet(["advertisement", "share this", "partager"]).IsWhole(text));

    [Theory]
    [InlineData("He left.", true)]
    [InlineData("“We won,” she said.”", true)]
    [InlineData("More to come", false)]
    [InlineData("He said:", false)]
    public void OneRuleForASentencesEnd(string text, bool ends) => Assert.Equal(ends, Sentences.Ends(text));

    [Theory]
    [InlineData("Dr. Roe met J. Doe in the U.S. capital.", 1)]
    [InlineData("He left. She stayed.", 2)]
    [InlineData("Mme. Dupont et Hr. Schmidt sont arrivés.", 1)]
    public void AbbreviationsDoNotBreakSentences(string text, int sentences) => Assert.Equal(sentences, Sentences.Count(text));

    // The HTML pipeline and the cleaner ask the same matchers: what one drops as a promo or a credit, the other takes out of the story.
    [Theory]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Related: Council delays vote on parking rules")]
    [InlineData("Lire aussi : Le stationnement deviendra payant")]
    [InlineData("Photo: Jane Doe/Reuters")]
    [InlineData("(Getty Images)")]
    [InlineData("© 2024 Example Daily News. All rights reserved.")]
    public void BothPathsTakeTheSameLinesOutOfTheStory(string line)
    {
        Assert.NotEqual(LineRule.None, LineNoise.Classify(line).Rule);
        Assert.True(PruneBoilerplate.IsPromoOrCredit(line), line);
    }

    [Theory]
    [InlineData("Subscribers said the price was fair and the service good.")]
    [InlineData("Recommended daily intake rose again this year, the agency said.")]
    [InlineData("Related parties must disclose the deal, the regulator said.")]
    public void BothPathsKeepStoryThatOpensLikeALabel(string line)
    {
        Assert.Equal(LineRule.None, LineNoise.Classify(line).Rule);
        Assert.False(PruneBoilerplate.IsPromoOrCredit(line), line);
    }
}
