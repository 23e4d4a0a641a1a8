using System.Text;
using Lede.Input;

namespace Lede.Tests.Input;

// One test compares two timings: it runs with the timed tests, never beside others.
[Collection(TimedTests.Name)]
public sealed class PageMarkupTests
{
    private static string Page(string body) => $"<!doctype html><html><head><title>T</title><style>p {{ color: red }}</style></head><body>{body}</body></html>";

    private const int Unwatched = 3_000_000;

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    [Fact]
    public void MarkupFromBytesIsTheBoundedPageAndParsesAsTheSameString()
    {
        var html = Page("<script>var x = '<div>';</script><p>Caf\u00e9 au lait.</p>" + Repeat("<div>", 300) + "deep");
        var expected = NestingGuard.Bound(html, 256, out _, elideCode: true);
        using var markup = PageMarkup.FromBytes(Encoding.UTF8.GetBytes(html), "utf-8", 256, Unwatched);
        Assert.Equal(expected.Length, markup.Length);
        var fromBuffer = markup.Parse(CancellationToken.None);
        var fromString = PageParser.Parse(expected, CancellationToken.None);
        Assert.Equal(fromString.DocumentElement.OuterHtml, fromBuffer.DocumentElement.OuterHtml);
        Assert.DoesNotContain("var x", fromBuffer.DocumentElement.OuterHtml);
    }

    [Fact]
    public void MarkupPastTheUnwatchedLimitIsParsedFromAString()
    {
        var html = Page(Repeat("<p>A paragraph of the story.</p>", 1000));
        using var markup = PageMarkup.FromBytes(Encoding.UTF8.GetBytes(html), "utf-8", 256, maxUnwatchedChars: 10_000);
        Assert.True(markup.Length > 10_000);
        // The watched parse stops on a cancelled token before building anything.
        Assert.ThrowsAny<OperationCanceledException>(() => markup.Parse(new CancellationToken(canceled: true)));
        Assert.Equal(1000, markup.Parse(CancellationToken.None).QuerySelectorAll("p").Length);
    }

    [Fact]
    public void DisposedMarkupCannotBeParsed()
    {
        var markup = PageMarkup.FromBytes(Encoding.UTF8.GetBytes(Page("<p>x</p>")), null, 256, Unwatched);
        markup.Dispose();
        markup.Dispose(); // a second Dispose gives nothing back twice
        Assert.Throws<ObjectDisposedException>(() => markup.Parse(CancellationToken.None));
    }

    [Fact]
    public void TheUnwatchedParseIsATenthOfTheBudgetAtTheSlowestRate()
    {
        Assert.Equal(3_000_000, PageMarkup.MaxUnwatchedChars(ExtractionOptions.Default.TimeBudget));
        Assert.Equal(20_000, PageMarkup.MaxUnwatchedChars(TimeSpan.FromMilliseconds(200)));
        Assert.Equal(PageBuffers.MaxPooledChars, PageMarkup.MaxUnwatchedChars(Timeout.InfiniteTimeSpan));
        Assert.Equal(PageBuffers.MaxPooledChars, PageMarkup.MaxUnwatchedChars(TimeSpan.FromHours(1)));
        Assert.Equal(0, PageMarkup.MaxUnwatchedChars(TimeSpan.Zero));
    }

    [Fact]
    public async Task MarkupPastTheUnwatchedLimitStopsWhenTheBudgetRunsOutMidParse()
    {
        // Dense cells parse at the slowest rate there is; a 100 ms budget lets 10 000 characters go unwatched, so
        // this page (3.5 million characters, within the pool's buffers) must be parsed by the watched parse and stop
        // part-way. Parsed unwatched it would run to the end: the whole parse, timed here, is the yardstick.
        var html = Page("<table>" + Repeat("<tr><td>x", 390_000) + "</table>");
        var bytes = Encoding.UTF8.GetBytes(html);
        var options = new ExtractionOptions { TimeBudget = TimeSpan.FromMilliseconds(100) };
        var budgeted = System.Diagnostics.Stopwatch.StartNew();
        var result = await Task.Run(() => Extractor.Extract(bytes, options: options));
        budgeted.Stop();
        Assert.Equal(ExtractionStatus.Timeout, result.Status);
        // The same page decoded, bounded and parsed to the end, unwatched (the decoding and the pre-scan come before
        // the budget starts, so they are in both times: stopped, the run takes about a third of this; unwatched, all).
        var whole = System.Diagnostics.Stopwatch.StartNew();
        await Task.Run(() =>
        {
            using var markup = PageMarkup.FromBytes(bytes, null, 256, maxUnwatchedChars: PageBuffers.MaxPooledChars);
            markup.Parse(CancellationToken.None);
        });
        whole.Stop();
        Assert.True(budgeted.Elapsed * 1.5 < whole.Elapsed, $"stopped after {budgeted.Elapsed}; the whole parse takes {whole.Elapsed}");
    }
}
