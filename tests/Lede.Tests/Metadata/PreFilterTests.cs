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
}
