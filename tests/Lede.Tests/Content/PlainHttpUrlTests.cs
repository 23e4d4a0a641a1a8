using System.Text.RegularExpressions;
using Lede.Pages;
using Lede.Tests.Golden;
using Lede.Tests.Html;

namespace Lede.Tests.Content;

/// <summary>An address taken as plain is one <see cref="Uri"/> gives back unchanged, alone and against a base.</summary>
public sealed partial class PlainHttpUrlTests
{
    private static readonly Uri Base = new("https://www.example.com/news/2024/story.html");

    [Theory]
    [InlineData("https://cdn.example.com/a/b.jpg?w=300&h=200#top", true)]
    [InlineData("http://example.com/", true)]
    [InlineData("https://example.com", false)]           // Uri adds the path's slash
    [InlineData("https://Example.com/a", false)]         // and lowercases the host
    [InlineData("https://example.com:443/a", false)]     // and drops a default port
    [InlineData("https://example.com/a/../b", false)]    // and resolves dot segments
    [InlineData("https://example.com/a%2fb", false)]     // percent signs are left to it
    [InlineData("https://example.com/a b", false)]       // as is what it escapes
    [InlineData("https://127.0.0.1/a", false)]           // and numeric hosts
    [InlineData("https://example.com/é", false)]
    [InlineData("/relative/path.jpg", false)]
    [InlineData("HTTPS://example.com/a", false)]
    public void KnowsAPlainAddress(string address, bool plain) => Assert.Equal(plain, PlainHttpUrl.Is(address));

    [Fact]
    public void EveryAddressTakenAsPlainOnRealPagesIsOneUriLeavesAlone()
    {
        var pages = GoldenPage.Slugs().Select(slug => System.Text.Encoding.UTF8.GetString(GoldenPage.Load(slug).Source))
            .Concat(RealPages.ScrapingHubPages().Select(page => page.Markup))
            .Concat(DatedPages());
        int plain = 0, all = 0;
        foreach (var markup in pages)
        {
            foreach (Match match in Address().Matches(markup))
            {
                var address = match.Groups[1].Value.Trim();
                all++;
                if (!PlainHttpUrl.Is(address)) continue;
                plain++;
                Assert.Equal(address, new Uri(Base, address).AbsoluteUri);
                Assert.Equal(address, new Uri(address, UriKind.Absolute).AbsoluteUri);
            }
        }
        // Most addresses on real pages are plain (that is the point), and enough of them are checked to mean something.
        Assert.True(plain > 1_000 && plain * 2 > all, $"{plain} plain of {all} addresses");
    }

    // The dated pages in many languages, when the shared data is there: their bytes as UTF-8 are enough for addresses.
    private static IEnumerable<string> DatedPages()
    {
        if (Lede.Cli.Eval.SharedData.HtmldateDates is not { } root) yield break;
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "html")))
            yield return System.Text.Encoding.UTF8.GetString(path.EndsWith(".gz", StringComparison.Ordinal) ? Lede.Cli.Eval.LedeRun.Gunzip(path) : File.ReadAllBytes(path));
    }

    [GeneratedRegex("(?:href|src)\\s*=\\s*\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
