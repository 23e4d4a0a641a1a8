using System.Diagnostics;
using Lede.Cli.Eval;
using Xunit.Abstractions;

namespace Lede.Tests.Html;

/// <summary>
/// AngleSharp over the 181 ScrapingHub pages, dumped in html5lib's format: the ground a differential test of Lede's
/// own parser will stand on. Checks that every dump is a real tree and reports how long AngleSharp took.
/// </summary>
public sealed class AngleSharpRealPagesTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void DumpsEveryScrapingHubPageAsAFullTree()
    {
        Skip.If(SharedData.ScrapingHub is null, $"the ScrapingHub pages are absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");

        var parsing = new Stopwatch();
        var dumping = new Stopwatch();
        int pages = 0;
        long lines = 0, chars = 0;
        (string Name, int Lines) smallest = ("", int.MaxValue);
        foreach (var (name, markup) in RealPages.ScrapingHubPages())
        {
            parsing.Start();
            var document = AngleSharpTreeParser.Document(markup);
            parsing.Stop();
            dumping.Start();
            string[] dump = AngleSharpTreeDump.Dump(document).Split('\n');
            dumping.Stop();

            pages++;
            lines += dump.Length;
            chars += markup.Length;
            if (dump.Length < smallest.Lines)
                smallest = (name, dump.Length);
            // The root at the top level, a body below it, and more than a skeleton (the shortest dump was 580 lines when written).
            Assert.True(dump.Contains("<html>"), $"{name}: no <html> at the top level");
            Assert.True(dump.Contains("  <body>"), $"{name}: no <body> under <html>");
            Assert.True(dump.Length >= 100, $"{name}: only {dump.Length} lines");
        }

        Assert.Equal(181, pages);
        output.WriteLine($"{pages} pages, {chars / 1e6:0.0} M chars of markup, {lines:N0} dump lines (fewest {smallest.Lines:N0}, {smallest.Name}); "
            + $"AngleSharp parsed them in {parsing.Elapsed.TotalSeconds:0.00} s ({chars / 1e6 / parsing.Elapsed.TotalSeconds:0.0} M chars/s), "
            + $"dumping took {dumping.Elapsed.TotalSeconds:0.00} s");
    }
}
