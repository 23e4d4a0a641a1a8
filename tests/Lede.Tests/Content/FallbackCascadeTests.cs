using Lede.Extraction;
namespace Lede.Tests.Content;

/// <summary>The fallback cascade: each fallback on a page whose story only it finds, and a page where none must run.</summary>
public sealed class FallbackCascadeTests
{
    [Fact]
    public void TakesTheStoryFromJsonLdWhenThePageShowsOnlyATeaser()
    {
        var result = FallbackPages.Extract(FallbackPages.JsonLdOnly());

        Assert.Equal(FallbackPages.StoryText, result.Article!.Text);
        Assert.Equal(
            [
                "FindContentRoot's container — gave 230 of the page's 1,407 characters of prose: under 30%, trying the fallbacks",
                "JSON-LD articleBody — gave 1,404 (container 230 of the page's 1,407): taken",
            ],
            FallbackPages.CascadeTrace(result));
    }

    [Fact]
    public void TakesTheStoryFromNoscriptWhenScriptsBuildThePage()
    {
        var result = FallbackPages.Extract(FallbackPages.NoscriptOnly());

        Assert.Equal(FallbackPages.StoryText, result.Article!.Text);
        Assert.Contains(FallbackPages.CascadeTrace(result), line => line.StartsWith("<noscript> — gave") && line.EndsWith(": taken"));
    }

    [Fact]
    public void TakesTheNextContainerWhenATeaserWasChosen()
    {
        var result = FallbackPages.Extract(FallbackPages.TeaserChosen());

        Assert.Equal(FallbackPages.StoryText, result.Article!.Text);
        var trace = FallbackPages.CascadeTrace(result);
        Assert.StartsWith("FindContentRoot's container — gave 542 of the page's 1,946 characters of prose: under 30%", trace[0]);
        Assert.Matches("^the next container: 2nd div.story .*: taken$", trace[^1]);
    }

    [Fact]
    public void TakesThePagesProseWhenNoContainerHoldsTheStory()
    {
        var result = FallbackPages.Extract(FallbackPages.Scattered());

        Assert.Equal(FallbackPages.StoryText, result.Article!.Text);
        Assert.Matches("^the page's prose: 6 paragraphs — gave 1,404 .*: taken$", FallbackPages.CascadeTrace(result)[^1]);
    }

    [Fact]
    public void DoesNotRunOnAnOrdinaryPage()
    {
        var result = FallbackPages.Extract(FallbackPages.Ordinary());

        Assert.Equal(FallbackPages.StoryText, result.Article!.Text);
        Assert.Empty(FallbackPages.CascadeTrace(result));
    }

    // A try that is not taken leaves nothing: not its blocks, not its related links, not its stages' trace lines. Here the
    // page's noscript holds a long menu, which makes the page look to have more text than the body holds, but no try
    // gives a story of it.
    [Fact]
    public void ATryNotTakenLeavesNothingBehind()
    {
        var menu = string.Concat(Enumerable.Range(0, 100).Select(i => $"<li><a href=\"/section-{i}\">Section of the site number {i}</a></li>"));
        var html = FallbackPages.Page($"<noscript><ul>{menu}</ul></noscript><article><p>Related: <a href=\"/news/2019/other-story-about-the-council\">Another story about the council and its plans</a></p>"
            + $"<p>{FallbackPages.Story[0]}</p></article><div class=\"lead\"><p>{FallbackPages.Story[1]}</p></div>");

        var result = FallbackPages.Extract(html);

        var trace = FallbackPages.CascadeTrace(result);
        Assert.True(trace.Count > 2, string.Join("\n", trace));
        Assert.DoesNotContain(trace, line => line.EndsWith(": taken"));
        Assert.Equal("FindContentRoot's container — no fallback gave a plausible article: its body stays", trace[^1]);
        Assert.Equal(FallbackPages.Story[0] + "\n\n" + FallbackPages.Story[1], result.Article!.Text);
        Assert.Equal("Another story about the council and its plans", Assert.Single(result.Article.Related).Title);
        int cascade = result.Trace.ToList().FindIndex(t => t.Stage == "FallbackCascade");
        Assert.DoesNotContain(result.Trace.Skip(cascade), t => t.Stage is "PruneBoilerplate" or "CollectRelated" or "AttachCaptions");
    }

    [Fact]
    public void PresetsRunTheCascadeToo()
    {
        foreach (var focus in new[] { Focus.Precision, Focus.Recall })
            Assert.Equal(FallbackPages.StoryText, FallbackPages.Extract(FallbackPages.JsonLdOnly(), new ExtractionOptions { Focus = focus }).Article!.Text);
    }
}
