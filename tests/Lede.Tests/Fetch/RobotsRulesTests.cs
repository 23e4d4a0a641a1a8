using Lede.Fetch;

namespace Lede.Tests.Fetch;

/// <summary>robots.txt read as RFC 9309 says: groups, longest match, allow on ties, wildcards.</summary>
public sealed class RobotsRulesTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/", false)]
    [InlineData("/private/story", false)]
    [InlineData("/private/public/x", true)]  // the longer allow wins
    [InlineData("/search?q=1", false)]
    [InlineData("/search", true)]            // $ anchors the end
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf?x", true)]
    [InlineData("/robots.txt", true)]
    public void LongestMatchWins(string path, bool allowed)
    {
        var rules = RobotsRules.Parse("""
            # comments and blank lines are nothing
            User-agent: *
            Disallow: /private/
            Allow: /private/public/
            Disallow: /search?
            Disallow: /*.pdf$
            Disallow: /robots.txt
            """, "Lede");

        Assert.Equal(allowed, rules.Allows(path));
    }

    [Fact]
    public void AnAllowWinsATieOfLength()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "Lede");

        Assert.True(rules.Allows("/page"));
    }

    [Fact]
    public void ItsOwnGroupsMergeAndReplaceTheStarGroup()
    {
        var rules = RobotsRules.Parse("""
            User-agent: *
            Disallow: /

            User-agent: lede
            Disallow: /a

            User-agent: Other
            User-agent: LEDE/2.0
            Disallow: /b
            Crawl-delay: 2.5
            """, "Lede");

        Assert.True(rules.Allows("/c"));
        Assert.False(rules.Allows("/a"));
        Assert.False(rules.Allows("/b/x"));
        Assert.Equal(TimeSpan.FromSeconds(2.5), rules.CrawlDelay);
    }

    [Fact]
    public void AnEmptyDisallowAllowsEverything()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow:\n", "Lede");

        Assert.True(rules.Allows("/anything"));
    }

    [Fact]
    public void NoGroupForUsAllowsEverything()
    {
        var rules = RobotsRules.Parse("User-agent: Other\nDisallow: /\n", "Lede");

        Assert.True(rules.Allows("/x"));
    }

    [Fact]
    public void NonAsciiPatternsMatchThePercentEncodedPath()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /café\n", "Lede");

        Assert.False(rules.Allows(new Uri("https://example.org/café/menu").PathAndQuery));
    }

    [Fact]
    public void ManyStarsDoNotBlowUp()
    {
        var pattern = "/" + string.Concat(Enumerable.Repeat("a*", 200)) + "b";
        var path = "/" + new string('a', 5000);

        Assert.False(RobotsRules.Matches(pattern, path));
    }
}
