using System.Text;

namespace Lede.Tests;

/// <summary>
/// Hostile pages a browser shows without trouble, written for these tests: stray NUL and control bytes, a page over the
/// size limit with its story at the start, byte-order marks the bytes contradict, and SVG or MathML around the story.
/// Each gives the story's text (or a clear status), within a time bound.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class HostileInputTests
{
    // A hang guard; the bound that matters is TimedRun's.
    private const int Hang = 120_000;

    private const string Story = "<p>The council voted on Tuesday to close the old bridge for repairs that will take most of the year.</p>"
        + "<p>Résidents said the detour would add twenty minutes to the school run, and shop owners feared for trade.</p>";

    private const string StoryText = "The council voted on Tuesday to close the old bridge for repairs that will take most of the year.\n\n"
        + "Résidents said the detour would add twenty minutes to the school run, and shop owners feared for trade.";

    private static string Page(string body, string head = "")
        => $"<!doctype html><html><head>{head}<title>Bridge closes</title></head><body><article><h1>Bridge closes</h1>{body}</article></body></html>";

    private static Task<ExtractionResult> Timed(Func<ExtractionResult> extract, double seconds = 10) => TimedRun.Within(extract, seconds);

    public static TheoryData<string> StrayBytePages => new()
    {
        "\0\0\0\0\0\0" + Page(Story),
        Page(Story, "<meta name='x' content='a\0\0\0\0\0b\u0001\u0002\u0003'>"),
        Page(string.Concat(Enumerable.Repeat("\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008", 20)) + Story),
        Page(Story.Replace("bridge", "bri\0dge").Replace("detour", "de\u0007tour\u001B").Replace("council", "coun\u0010cil")),
    };

    [Theory(Timeout = Hang)]
    [MemberData(nameof(StrayBytePages))]
    public async Task StrayNulAndControlBytesInAPageAreDroppedNotARefusal(string page)
    {
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(page)));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(StoryText, result.Article!.Text);

        var fromString = await Timed(() => Extractor.Extract(page));
        Assert.Equal(StoryText, fromString.Article!.Text);
    }

    // A browser shows the HTML inside an SVG <foreignObject> as text; a story set there is the page's story.
    [Fact(Timeout = Hang)]
    public async Task AStoryInsideAnSvgForeignObjectIsFound()
    {
        var page = "<!doctype html><html><head><title>Bridge closes</title></head><body><nav><a href='/'>Home</a></nav>"
            + "<svg width='800' height='600'><rect width='800' height='600'/><foreignObject width='800' height='600'>"
            + "<div xmlns='http://www.w3.org/1999/xhtml'>" + Story + "</div></foreignObject></svg></body></html>";

        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(page)));

        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(StoryText, result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task AnSvgWithoutForeignTextIsStillNoText()
    {
        var page = Page(Story + "<svg><text x='0' y='10'>Chart label that is not the story at all, only a drawing's words</text></svg>");

        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(page)));

        Assert.Equal(StoryText, result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task ControlBytesInPlainTextBecomeSpaces()
    {
        var result = await Timed(() => Extractor.Clean(Encoding.UTF8.GetBytes("The council voted\u0007on Tuesday to close the old bridge\0for repairs that will take most of the year.")));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("The council voted on Tuesday to close the old bridge for repairs that will take most of the year.", result.Article!.Text);
    }

    public static TheoryData<byte[]> ContradictedMarks
    {
        get
        {
            var page = Page(Story);
            var marks = new TheoryData<byte[]>();
            marks.Add([0xEF, 0xBB, 0xBF, .. Encoding.Unicode.GetBytes(page)]);
            marks.Add([0xEF, 0xBB, 0xBF, .. Encoding.GetEncoding(1252).GetBytes(page)]);
            marks.Add([0xFF, 0xFE, .. Encoding.UTF8.GetBytes(page)]);
            marks.Add([0xFE, 0xFF, .. Encoding.UTF8.GetBytes(page)]);
            marks.Add([0xFF, 0xFE, .. Encoding.BigEndianUnicode.GetBytes(page)]);
            marks.Add([0xFE, 0xFF, .. Encoding.Unicode.GetBytes(page)]);
            marks.Add([0xFF, 0xFE, .. Encoding.UTF8.GetBytes(page), (byte)'x']);
            return marks;
        }
    }

    static HostileInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory(Timeout = Hang)]
    [MemberData(nameof(ContradictedMarks))]
    public async Task ByteOrderMarkTheBytesContradictGivesWayToTheBytes(byte[] bytes)
    {
        var result = await Timed(() => Extractor.Extract(bytes));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(StoryText, result.Article!.Text);
    }

    // A story in its first kilobytes, then 20 MB of comment thread: over the 16 MiB limit.
    private static byte[] HugePage()
    {
        var filler = new StringBuilder(21 * 1024 * 1024);
        while (filler.Length < 20 * 1024 * 1024)
            filler.Append("<div class=comment><span>A reader wrote a comment that nobody will ever read.</span></div>");
        return Encoding.UTF8.GetBytes(Page(Story + "<section class=comments>" + filler + "</section>"));
    }

    [Fact(Timeout = Hang)]
    public async Task PageOverTheLimitIsReadUpToItAndSaysSo()
    {
        var bytes = HugePage();
        foreach (var run in new Func<ExtractionResult>[] { () => Extractor.Extract(bytes), () => Extractor.Extract(new MemoryStream(bytes)) })
        {
            var result = await Timed(run, seconds: 20);
            Assert.Equal(ExtractionStatus.Ok, result.Status);
            Assert.True(result.Truncated);
            Assert.StartsWith(StoryText, result.Article!.Text);
            Assert.Matches(@"^input is over the limit of 16,777,216 bytes: read the first 16,777,\d{3}$", result.Reason);
            Assert.Contains("\"truncated\": true", JsonArticleWriter.Write(result));
        }
    }

    [Fact(Timeout = Hang)]
    public async Task TruncationCutsBeforeATagAndTheOptionTurnsItOff()
    {
        var page = Page(Story + "<p>A third paragraph that the limit falls in the middle of, so that it is left out whole.</p>");
        int limit = page.IndexOf("middle", StringComparison.Ordinal);
        var options = new ExtractionOptions { MaxInputBytes = limit };
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(page), options: options));
        Assert.True(result.Truncated);
        Assert.Equal(StoryText, result.Article!.Text);

        var refused = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(page), options: options with { TruncateLargeInput = false }));
        Assert.Equal((ExtractionStatus.TooLarge, false), (refused.Status, refused.Truncated));

        var whole = await Timed(() => Extractor.Extract(page));
        Assert.False(whole.Truncated);
        Assert.DoesNotContain("truncated", JsonArticleWriter.Write(whole));
    }
}
