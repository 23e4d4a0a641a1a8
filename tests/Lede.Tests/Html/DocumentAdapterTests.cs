using Lede.Cli.Eval;
using Lede.Html;

namespace Lede.Tests.Html;

/// <summary>
/// A caller's AngleSharp document becomes the same page tree Lede's parser makes of the markup: checked on the
/// html5lib format of both, over hand-made corners and the real pages.
/// </summary>
public sealed class DocumentAdapterTests
{
    [Theory]
    [InlineData("<!DOCTYPE html><title>t</title><p class=a id=b>one &amp; two<br>three")]
    [InlineData("<template><p>inert</p></template><div>after</div>")]
    [InlineData("<svg viewBox='0 0 1 1'><foreignObject><p>x</p></foreignObject><a xlink:href=#u>l</a></svg><math><mi>y</mi></math>")]
    [InlineData("<table><tr><td>cell</td></tr>stray</table><!-- note -->")]
    [InlineData("")]
    public void AnAngleSharpDocumentBecomesTheTreeLedeParses(string markup)
    {
        using var parsed = HtmlTreeParser.Parse(markup, new HtmlParseOptions { KeepScriptText = true });
        using var adapted = DocumentAdapter.ToTree(AngleSharpTreeParser.Document(markup));
        TreeChecks.AssertConsistent(adapted);
        Assert.Equal(TreeFormat.Document(parsed), TreeFormat.Document(adapted));
    }

    [SkippableFact]
    public void ScrapingHubPagesAdaptToTheTreeLedeParses()
    {
        Skip.If(SharedData.ScrapingHub is null, $"the ScrapingHub pages are absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");
        int pages = 0;
        foreach (var (name, markup) in RealPages.ScrapingHubPages())
        {
            using var parsed = HtmlTreeParser.Parse(markup, new HtmlParseOptions { KeepScriptText = true });
            using var adapted = DocumentAdapter.ToTree(AngleSharpTreeParser.Document(markup));
            Assert.True(TreeFormat.Document(parsed) == TreeFormat.Document(adapted), $"{name}: the adapted tree differs");
            pages++;
        }
        Assert.Equal(181, pages);
    }

    [Fact]
    public void TheWalkHonoursCancellation()
    {
        var document = AngleSharpTreeParser.Document(string.Concat(Enumerable.Repeat("<p>x</p>", 10_000)));
        Assert.Throws<OperationCanceledException>(() => DocumentAdapter.ToTree(document, new CancellationToken(true)));
    }
}
