using Lede.Cli.Eval;
using Lede.Tests.Output;
using Xunit.Abstractions;

namespace Lede.Tests.Html;

/// <summary>
/// Lede's parser against AngleSharp on real pages: the 181 ScrapingHub pages (when the shared data is there) and the
/// bundled samples (always) must parse to the same tree, dumped in html5lib's format with script text kept — or the
/// page must be listed in <c>differential-differences.md</c> beside this file with the html5lib case that shows the
/// difference is AngleSharp's deviation from the spec. When measured: no page differs.
/// </summary>
public sealed class DifferentialTests(ITestOutputHelper output)
{
    private const string ExplainedFile = "tests/Lede.Tests/Html/differential-differences.md";

    [SkippableFact]
    public void ScrapingHubPagesParseToAngleSharpsTree()
    {
        Skip.If(SharedData.ScrapingHub is null, $"the ScrapingHub pages are absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");
        int pages = Compare(RealPages.ScrapingHubPages());
        Assert.Equal(181, pages);
    }

    [Fact]
    public void SamplesParseToAngleSharpsTree()
    {
        var samples = Directory.GetFiles(RepoFiles.Path("samples"), "*.html")
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)));
        Assert.True(Compare(samples) > 0);
    }

    private int Compare(IEnumerable<(string Name, string Markup)> pages)
    {
        var explained = LedeTreeConformanceTests.ListedPages(File.ReadAllText(RepoFiles.Path(ExplainedFile)));
        int count = 0;
        var unexplained = new List<string>();
        foreach (var (name, markup) in pages)
        {
            count++;
            var difference = TreeDumpDiff.First(AngleSharpTreeParser.Dump(markup, null), LedeTreeParser.Dump(markup, null));
            if (difference is null)
            {
                Assert.False(explained.Contains(name), $"{name} is listed in {ExplainedFile} but parses the same now: take it off");
                continue;
            }
            output.WriteLine($"{name}: {difference.Summary}");
            if (!explained.Contains(name))
                unexplained.Add($"{name}: {difference.Summary}");
        }
        Assert.True(unexplained.Count == 0, "trees differ from AngleSharp's without an explanation:\n" + string.Join('\n', unexplained));
        return count;
    }
}
