using Lede.Html;
using Lede.Pages;

namespace Lede.Tests.Content;

/// <summary>The content stages ask whether an element is a block by its name id; it must answer as its tag's spelling does.</summary>
public sealed class TagKindsTests
{
    [Fact]
    public void BlockByNameAnswersAsBlockBySpelling()
    {
        var page = TestPages.Parse("""
            <html><body><div><p>One <b>two</b> <a href="/x">three</a></p><section><h2>Four</h2><ul><li>five</li></ul></section>
            <my-widget><center>six</center><x-p>seven</x-p></my-widget><svg><title>eight</title><foreignObject><p>nine</p></foreignObject></svg>
            <table><tr><td>ten</td></tr></table><noscript>eleven</noscript><details><summary>twelve</summary></details></div></body></html>
            """);
        int blocks = 0;
        for (int element = 0; element < page.Count; element++)
        {
            bool bySpelling = TagKinds.IsBlock(page.Tag[element]);
            Assert.True(bySpelling == TagKinds.IsBlock(page, element), page.Tag[element]);
            if (bySpelling) blocks++;
        }
        Assert.True(blocks >= 12, $"only {blocks} blocks");
    }

    [Fact]
    public void BlockByNameAnswersAsBlockBySpellingOnTheGoldenPages()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "pages"), "source.html", SearchOption.AllDirectories))
        {
            var page = TestPages.Parse(File.ReadAllText(file));
            for (int element = 0; element < page.Count; element++)
                Assert.True(TagKinds.IsBlock(page.Tag[element]) == TagKinds.IsBlock(page, element), $"{page.Tag[element]} in {file}");
        }
    }

    // The stages test a tag by its name id (KnownNames.Nav) as well as by its spelling ("nav"): the two must say the same.
    [Fact]
    public void AKnownTagHasItsKnownIdAndNoOther()
    {
        var known = Enumerable.Range(1, KnownNames.Count - 1).Select(KnownNames.Spelling).ToHashSet(StringComparer.Ordinal);
        var markup = "<html><head><title>t</title><meta name=a><link rel=b></head><body><nav>n</nav><x-nav>x</x-nav><NAV>N</NAV>"
            + "<svg><title>s</title><foreignObject><p>p</p></foreignObject></svg><math><mi>m</mi></math><Footer>f</Footer><form><input></form></body></html>";
        var pages = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "pages"), "source.html", SearchOption.AllDirectories)
            .Select(file => TestPages.Parse(File.ReadAllText(file))).Append(TestPages.Parse(markup));
        foreach (var page in pages)
            for (int element = 0; element < page.Count; element++)
            {
                int name = page.NameOf(element);
                if (name < KnownNames.Count) Assert.Equal(KnownNames.Spelling(name), page.Tag[element]);
                else Assert.DoesNotContain(page.Tag[element], known);
            }
    }
}
