using Lede.Metadata;
using static Lede.Tests.Metadata.MetaPages;

namespace Lede.Tests.Metadata;

/// <summary>The cheap checks the metadata readers run before a lookup must never turn away what the lookup finds.</summary>
public sealed class PreFilterTests
{
    [Fact]
    public void EveryFunctionWordPassesTheStopWordCheck()
    {
        foreach (var word in StopWords.Languages.Keys)
        {
            Assert.True(StopWords.MayBe(word), word);
            Assert.True(StopWords.MayBe(char.ToUpperInvariant(word[0]) + word[1..]), word);
            Assert.True(StopWords.MayBe(word.ToUpperInvariant()), word);
        }
    }

    [Fact]
    public void EveryMonthNameIsReadWhateverItsCase()
    {
        foreach (var name in MonthNames.All)
        {
            int month = MonthNames.Month(name);
            Assert.InRange(month, 1, 12);
            Assert.Equal(month, MonthNames.Month(name.ToUpperInvariant()));
            Assert.Equal(month, MonthNames.Month(char.ToUpperInvariant(name[0]) + name[1..]));
        }
    }

    [Theory]
    [InlineData("January", 1)]
    [InlineData("FÉVRIER", 2)]
    [InlineData("märz", 3)]
    [InlineData("Août", 8)]
    [InlineData("Dez", 12)]
    [InlineData("council", 0)]
    [InlineData("Jan2", 0)]
    public void MonthNamesPassTheirShapeCheck(string word, int month) => Assert.Equal(month, MonthNames.Month(word));

    [Theory]
    [InlineData("council")]
    [InlineData("bus")]
    [InlineData("xyz")]
    [InlineData("")]
    public void MostOtherWordsFailTheStopWordCheck(string word) => Assert.False(StopWords.MayBe(word));

    [Fact]
    public void MetaNamesFitTheirBuffer()
    {
        Assert.Equal(MetaTags.NameCount, MetaTags.Names.Dictionary.Count);
        Assert.Equal(Enumerable.Range(0, MetaTags.NameCount), MetaTags.Names.Dictionary.Values.Order());
        foreach (var name in MetaTags.Names.Dictionary.Keys)
        {
            Assert.True(name.Length <= MetaTags.LongestName, name);
            Assert.Equal(name.ToLowerInvariant(), name);
        }
        // TitleReader's own names are among them.
        foreach (var name in (string[])["og:title", "twitter:title", "og:site_name"]) Assert.True(MetaTags.Names.Dictionary.ContainsKey(name), name);
    }

    [Fact]
    public void MetaNamesAreReadWhateverTheirCaseAndSpacing()
    {
        var article = Read(Page(head: """
            <meta property=" OG:Site_Name " content="Metro Daily">
            <meta name="viewport" content="width=device-width">
            <meta name="DESCRIPTION" content="Four new routes for the eastern suburbs.">
            """, htmlAttributes: ""));
        Assert.Equal("Metro Daily", article.SiteName);
        Assert.Equal("Four new routes for the eastern suburbs.", article.Description);
    }

    [Fact]
    public void EveryUpdateOpeningOpensAnUpdateLine()
    {
        foreach (var opening in Lede.Lexicon.WordLists.Words(Lede.Lexicon.Section.UpdateLabels))
        {
            Assert.True(UpdateLabels.OpensWithUpdate(opening + " 12.04.2019"), opening);
            Assert.True(UpdateLabels.OpensWithUpdate(opening.ToUpperInvariant() + ": 12.04.2019"), opening);
        }
    }

    [Theory]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("Jane  Doe", "Jane Doe")]
    [InlineData("Rock &amp; Roll", "Rock & Roll")]
    [InlineData("Zoë  Doe", "Zoë Doe")]
    [InlineData("Zoë Doe\u00A0", "Zoë Doe")]
    [InlineData("Zoë\u00A0 Doe", "Zoë Doe")]
    [InlineData("Jane\tDoe", "Jane Doe")]
    [InlineData("Ja\u00ADne Doe", "Jane Doe")]
    public void CleanLooksAtEveryCharacterThatCouldNeedIt(string raw, string expected)
        => Assert.Equal(expected, MetaText.Clean(System.Text.RegularExpressions.Regex.Unescape(raw)));
}
