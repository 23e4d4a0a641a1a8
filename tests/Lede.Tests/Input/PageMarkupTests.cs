using System.Text;
using Lede.Html;
using Lede.Input;

namespace Lede.Tests.Input;

// One test compares two timings: it runs with the timed tests, never beside others.
[Collection(TimedTests.Name)]
public sealed class PageMarkupTests
{
    private static string Page(string body) => $"<!doctype html><html><head><title>T</title><style>p {{ color: red }}</style></head><body>{body}</body></html>";

    private static PageText Decoded(byte[] bytes, string? charset)
    {
        var (buffer, length) = PageMarkup.FromBytes(bytes, charset);
        return new PageText(buffer, length, PageBuffers.Chars);
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Fact]
    public void MarkupFromBytesParsesAsTheSameString()
    {
        var html = Page("<script>var x = '<div>';</script><p>Caf\u00e9 au lait.</p>" + Repeat("<div>", 300) + "deep");
        using var fromBuffer = HtmlTreeParser.Parse(Decoded(Encoding.UTF8.GetBytes(html), "utf-8"));
        using var fromString = HtmlTreeParser.Parse(html);
        Assert.Equal(html.Length, fromBuffer.Text.SourceLength);
        Assert.Equal(TreeFormat.Document(fromString), TreeFormat.Document(fromBuffer));
        Assert.DoesNotContain("var x", TreeFormat.Document(fromBuffer)); // script text is skipped, not copied
    }

    [Fact]
    public void AnEmptyPageDecodesToEmptyMarkup()
    {
        using var text = Decoded([], null);
        Assert.Equal(0, text.SourceLength);
        using var tree = HtmlTreeParser.Parse(text);
        Assert.Contains("<body>", TreeFormat.Document(tree));
    }

    [Fact]
    public async Task AParseStopsWhenTheBudgetRunsOutMidParse()
    {
        // Dense cells: the parse of these 9 million characters takes several times the 20 ms budget, and the parse
        // watches the token as it goes, so extraction stops part-way instead of running to the end.
        var html = Page("<table>" + Repeat("<tr><td>x", 1_000_000) + "</table>");
        var bytes = Encoding.UTF8.GetBytes(html);
        var options = new ExtractionOptions { TimeBudget = TimeSpan.FromMilliseconds(20) };
        // Both paths once, untimed: the first parse of a page this size runs in the runtime's unoptimised first-tier
        // code (about ten times slower here, when this test runs alone), which would count in whichever runs first.
        Extractor.Extract(bytes, options: options);
        HtmlTreeParser.Parse(Decoded(bytes, null)).Dispose();
        // The quickest of three stopped runs: on a shared machine one run can stall for longer than the whole parse
        // (a clean-clone run beside a fuzzer once took 1.7 s), and a stall says nothing about where the parse stops.
        var budgeted = TimeSpan.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = await Task.Run(() => Extractor.Extract(bytes, options: options));
            clock.Stop();
            Assert.Equal(ExtractionStatus.Timeout, result.Status);
            budgeted = clock.Elapsed < budgeted ? clock.Elapsed : budgeted;
        }
        // The same page decoded and parsed to the end: the yardstick (decoding comes before the budget, so it is in both).
        var whole = System.Diagnostics.Stopwatch.StartNew();
        await Task.Run(() => HtmlTreeParser.Parse(Decoded(bytes, null)).Dispose());
        whole.Stop();
        Assert.True(budgeted * 1.5 < whole.Elapsed, $"stopped after {budgeted} at the quickest; the whole parse takes {whole.Elapsed}");
    }
}
