using System.Diagnostics;
using System.Text;

namespace Lede.Tests;

/// <summary>
/// Hostile and broken inputs through the public entry point: each ends in a clear status, within a time bound,
/// with the text right where there is text. (The content core reads &lt;p&gt; text, so the pages put theirs there.)
/// </summary>
// Time bounds are the point of these tests: they run alone, not beside other test classes competing for the cores.
[Collection(TimedTests.Name)]
public sealed class BadInputTests
{
    // A hang guard for the test run; the real bound is the elapsed-time assertion in Timed.
    private const int Hang = 120_000;

    static BadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Page(string body, string head = "")
        => $"<!doctype html><html><head>{head}<title>A page</title></head><body>{body}</body></html>";

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static async Task<ExtractionResult> Timed(Func<ExtractionResult> extract, double seconds = 10)
    {
        var watch = Stopwatch.StartNew();
        var result = await Task.Run(extract);
        Assert.True(watch.Elapsed.TotalSeconds < seconds, $"took {watch.Elapsed.TotalSeconds:F1} s (bound {seconds} s)");
        return result;
    }

    [Theory(Timeout = Hang)]
    [InlineData("")]
    [InlineData(" \r\n\t ")]
    public async Task EmptyFileIsEmpty(string content)
    {
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(content)));
        Assert.Equal(ExtractionStatus.Empty, result.Status);
        Assert.Equal("", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task ClassNamesOfAnyLengthAndCaseAreRead()
    {
        // A word of a class longer than any vocabulary word, a capital after it, ids and classes of thousands of letters:
        // the class readers once indexed past their buffers on the first of these and threw.
        string longWord = new('a', 40);
        var html = Page($"<article><h1>Title here</h1><div class='{longWord}B byline'>By Jane Doe</div>"
            + $"<figure class='{longWord}Caption'><img src='a.jpg'><figcaption id='{Repeat("xY", 3000)}'>A caption</figcaption></figure>"
            + $"<p class='{Repeat("story-", 2000)}'>{Repeat("A sentence of the story goes here. ", 20)}</p></article>");
        var result = await Timed(() => Extractor.Extract(html));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Contains("A sentence of the story", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task PngIsNotHtml()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0];
        var result = await Timed(() => Extractor.Extract(png));
        Assert.Equal(ExtractionStatus.NotHtml, result.Status);
        Assert.Contains("PNG", result.Reason);
        Assert.Null(result.Article);
    }

    [Fact(Timeout = Hang)]
    public async Task BinaryGarbageIsNotHtml()
    {
        var garbage = new byte[200_000];
        new Random(7).NextBytes(garbage);
        garbage[0] = (byte)'<';
        var result = await Timed(() => Extractor.Extract(garbage));
        Assert.Equal(ExtractionStatus.NotHtml, result.Status);
        Assert.Contains("binary", result.Reason);
    }

    private static byte[] FiftyMegabytePage()
    {
        // A real shape for a huge page: a story and an enormous inline JSON blob (as single-page apps embed).
        const string item = "{\"id\":12345,\"title\":\"A related story about something\",\"tags\":[\"a\",\"b\"]},";
        var blob = Repeat(item, 50 * 1024 * 1024 / item.Length);
        return Encoding.UTF8.GetBytes(Page($"<p>Un café au lait, s'il vous plaît, et un croissant pour mon ami.</p><script>var data = [{blob}];</script><p>Après le script, le texte de l'article continue comme avant.</p>"));
    }

    [Fact(Timeout = Hang)]
    public async Task FiftyMegabytePageIsTooLargeWhenTruncationIsOff()
    {
        var bytes = FiftyMegabytePage();
        Assert.True(bytes.Length > 50_000_000);
        var refuse = new ExtractionOptions { TruncateLargeInput = false };
        var result = await Timed(() => Extractor.Extract(bytes, options: refuse));
        Assert.Equal(ExtractionStatus.TooLarge, result.Status);
        Assert.Contains("over the limit of 16,777,216", result.Reason);

        var fromStream = await Timed(() => Extractor.Extract(new MemoryStream(bytes), options: refuse));
        Assert.Equal(ExtractionStatus.TooLarge, fromStream.Status);
    }

    [Fact(Timeout = Hang)]
    public async Task FiftyMegabytePageIsReadWhenTheCallerRaisesTheCap()
    {
        var bytes = FiftyMegabytePage();
        var options = new ExtractionOptions { MaxInputBytes = 64L * 1024 * 1024 };
        var result = await Timed(() => Extractor.Extract(bytes, options: options), seconds: 20);
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("Un café au lait, s'il vous plaît, et un croissant pour mon ami.\n\nAprès le script, le texte de l'article continue comme avant.", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task HundredThousandNestedDivsAreBounded()
    {
        var html = Page("<p>Before the divs, the story opens with a sentence of its own.</p>" + Repeat("<div>", 100) + "<p>Inside a hundred divs, the story goes on as stories do.</p>"
            + Repeat("<div>", 99_900) + "deep words" + Repeat("</div>", 100_000) + "<p>After the divs, the story ends with a last full sentence.</p>");
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("Before the divs, the story opens with a sentence of its own.\n\nInside a hundred divs, the story goes on as stories do.\n\ndeep words\n\nAfter the divs, the story ends with a last full sentence.", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task HundredThousandNestedFormattingElementsAreBounded()
    {
        var html = Page("<p>Bold start " + Repeat("<b><i>", 50_000) + "and deep words." + Repeat("</i></b>", 50_000) + "</p><p>After the formatting, the story ends with a full sentence.</p>");
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("Bold start and deep words.\n\nAfter the formatting, the story ends with a full sentence.", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task UnclosedFormattingElementsAreBounded()
    {
        var html = Page("<p>Start " + Repeat("<b><i>x", 50_000) + "</p><p>After the formatting, the story ends with a full sentence.</p>");
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.StartsWith("Start xxx", result.Article!.Text);
        Assert.EndsWith("After the formatting, the story ends with a full sentence.", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task MillionSiblingElementsAreReadInTime()
    {
        var html = Page("<p>Before the siblings, the story opens with a full sentence.</p><div>" + Repeat("<span>s</span>", 1_000_000) + "</div><p>After the siblings, the story ends with a full sentence.</p>");
        var bytes = Encoding.UTF8.GetBytes(html);
        var result = await Timed(() => Extractor.Extract(bytes), seconds: 20);
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        var text = result.Article!.Text;
        Assert.StartsWith("Before the siblings, the story opens with a full sentence.\n\n", text);
        Assert.EndsWith("\n\nAfter the siblings, the story ends with a full sentence.", text);
        Assert.Equal(1_000_000, text.Count(c => c == 's') - "Before the siblings, the story opens with a full sentence.After the siblings, the story ends with a full sentence.".Count(c => c == 's'));
    }

    [Fact(Timeout = Hang)]
    public async Task ParsingPastTheTimeBudgetEndsInTimeout()
    {
        // A million siblings (14 MB) take AngleSharp seconds to build, and Lede a tenth of a second or more: within a
        // far shorter budget the extraction must stop when the budget runs out.
        var bytes = Encoding.UTF8.GetBytes(Page("<p>Text.</p><div>" + Repeat("<span>s</span>", 1_000_000) + "</div>"));
        var options = new ExtractionOptions { TimeBudget = TimeSpan.FromMilliseconds(10) };
        var result = await Timed(() => Extractor.Extract(bytes, options: options));
        Assert.Equal(ExtractionStatus.Timeout, result.Status);
        Assert.Contains("time budget", result.Reason);
    }

    [Theory(Timeout = Hang)]
    [InlineData("<meta charset=\"iso-8859-1\">", null)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", null)]
    [InlineData("", "iso-8859-1")]
    public async Task PageDeclaredLatin1ThatIsReallyUtf8(string meta, string? transport)
    {
        var bytes = Encoding.UTF8.GetBytes(Page("<p>Un café à Zürich, naïve façade, 5 €.</p>", meta));
        var result = await Timed(() => Extractor.Extract(bytes, options: new ExtractionOptions { Charset = transport }));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("Un café à Zürich, naïve façade, 5 €.", result.Article!.Text);
    }

    [Theory(Timeout = Hang)]
    [InlineData("<meta charset=\"utf-8\">", null)]
    [InlineData("", "utf-8")]
    [InlineData("", null)]
    public async Task PageDeclaredUtf8ThatIsReallyWindows1252(string meta, string? transport)
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Page("<p>Crème brûlée für die Straße: é, ü, ß – „gut“.</p>", meta));
        var result = await Timed(() => Extractor.Extract(bytes, options: new ExtractionOptions { Charset = transport }));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("Crème brûlée für die Straße: é, ü, ß – „gut“.", result.Article!.Text);
    }

    [Theory(Timeout = Hang)]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Utf16WithByteOrderMark(bool littleEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian: !littleEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Page("<p>Grüße aus Köln – 東京.</p>"))];
        var result = await Timed(() => Extractor.Extract(bytes));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("Grüße aus Köln – 東京.", result.Article!.Text);
    }

    [Fact(Timeout = Hang)]
    public async Task PageWithNoTextIsEmpty()
    {
        var html = Page("<header><img src=logo.png alt=''></header><div class=main><div></div><p> </p></div><script>var x = 1;</script>");
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(ExtractionStatus.Empty, result.Status);
        Assert.NotNull(result.Reason);
    }

    [Theory(Timeout = Hang)]
    [InlineData("<p>Second paragraph of the story is long and runs on until the file is cut off mid-wo", "Second paragraph of the story is long and runs on until the file is cut off mid-wo")]
    [InlineData("<p>Second paragraph, told in a full sentence.</p><div class=\"fo", "Second paragraph, told in a full sentence.")]
    [InlineData("<p>Second paragraph, told in a full sentence.</p><!-- a comment that never ends <p>not text</p>", "Second paragraph, told in a full sentence.")]
    [InlineData("<p>Second paragraph, told in a full sentence.</p><script>var x = '<p>not text</p>", "Second paragraph, told in a full sentence.")]
    public async Task TruncatedHtmlKeepsWhatIsThere(string tail, string second)
    {
        var html = "<!doctype html><html><head><title>Cut</title></head><body><p>First paragraph is complete, and long enough to be a story.</p>" + tail;
        var result = await Timed(() => Extractor.Extract(Encoding.UTF8.GetBytes(html)));
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal("First paragraph is complete, and long enough to be a story.\n\n" + second, result.Article!.Text);
    }
}
