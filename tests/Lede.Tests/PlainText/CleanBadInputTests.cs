using System.Diagnostics;
using System.Text;
using Lede.PlainText;

namespace Lede.Tests.PlainText;

/// <summary>What the cleaner does with input that is not a story: each case ends in a clear status, quickly.</summary>
// Time bounds are part of these tests: they run alone, not beside other test classes competing for the cores.
[Collection(TimedTests.Name)]
public sealed class CleanBadInputTests
{
    private const int Hang = 120_000;

    static CleanBadInputTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static async Task<ExtractionResult> Timed(Func<ExtractionResult> clean, double seconds = 10)
    {
        var watch = Stopwatch.StartNew();
        var result = await Task.Run(clean);
        Assert.True(watch.Elapsed.TotalSeconds < seconds, $"took {watch.Elapsed.TotalSeconds:F1} s (bound {seconds} s)");
        return result;
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \r\n\t \n\n")]
    [InlineData("-----\n\n*****\n")]
    public void BlankTextIsEmpty(string text)
    {
        foreach (var result in new[] { Extractor.Clean(text), Extractor.Clean(Encoding.UTF8.GetBytes(text)) })
        {
            Assert.Equal(ExtractionStatus.Empty, result.Status);
            Assert.NotNull(result.Reason);
            Assert.NotNull(result.Article);
        }
    }

    [Fact]
    public void ImagesAndBinaryAreNotText()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var random = new byte[4096];
        new Random(7).NextBytes(random);

        foreach (var bytes in new[] { png, random })
        {
            var result = Extractor.Clean(bytes);
            Assert.Equal(ExtractionStatus.NotHtml, result.Status);
            Assert.EndsWith("not text", result.Reason);
            Assert.Null(result.Article);
        }
    }

    [Fact]
    public void InputOverTheLimitIsTruncatedAtALineOrRefused()
    {
        var options = new ExtractionOptions { MaxInputBytes = 1_000 };
        var text = string.Concat(Enumerable.Repeat("A sentence of the story, on a line of its own.\n", 40));
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var result in new[] { Extractor.Clean(text, options), Extractor.Clean(bytes, options), Extractor.Clean(new MemoryStream(bytes), options) })
        {
            Assert.Equal((ExtractionStatus.Ok, true), (result.Status, result.Truncated));
            Assert.Equal("input is over the limit of 1,000 bytes: read the first 986", result.Reason);
            Assert.EndsWith("on a line of its own.", result.Article!.Text);
        }

        var refuse = options with { TruncateLargeInput = false };
        Assert.Equal(ExtractionStatus.TooLarge, Extractor.Clean(text, refuse).Status);
        Assert.Equal(ExtractionStatus.TooLarge, Extractor.Clean(bytes, refuse).Status);
        Assert.Equal(ExtractionStatus.TooLarge, Extractor.Clean(new MemoryStream(bytes), refuse).Status);
    }

    [Fact(Timeout = Hang)]
    public async Task TenMegabyteLineIsOneParagraph()
    {
        var line = new StringBuilder(10_000_000);
        while (line.Length < 10_000_000) line.Append("Advertisement words of a very long line, ");
        var text = line.ToString();

        var result = await Timed(() => Extractor.Clean(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(ExtractionStatus.Ok, result.Status);
        Assert.Equal(text.TrimEnd(), Assert.IsType<ParagraphBlock>(Assert.Single(result.Article!.Blocks)).Text);
    }

    [Fact(Timeout = Hang)]
    public async Task FortyThousandShortLinesAreQuick()
    {
        // Each short line goes through every classifier (a long one is refused by each on its length): the slow case.
        var text = new StringBuilder();
        for (int i = 0; i < 10_000; i++)
            text.Append("A line of the story, number ").Append(i).Append(".\nAdvertisement\n2 hours ago\n\n- an item\n");

        var result = await Timed(() => Extractor.Clean(text.ToString()));

        // What matters here is the time: whether six-word lines repeated ten thousand times are a story is the model's call.
        Assert.True(result.Status is ExtractionStatus.Ok or ExtractionStatus.Empty, result.Status.ToString());
    }

    [Fact]
    public void CancelledIsTimeout()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = Extractor.Clean(CleanTexts.English, cancellationToken: cancelled.Token);

        Assert.Equal(ExtractionStatus.Timeout, result.Status);
        Assert.Equal("cancelled by the caller", result.Reason);
    }

    [Fact]
    public void DecodesBomsAndLegacyBytes()
    {
        const string text = "Le conseil municipal adopte de nouvelles pistes cyclables\n\nLe conseil a adopté mardi un réseau de pistes cyclables protégées.\n\nLes opposants estiment que la suppression de places nuira aux commerces.\n";
        var utf8Bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var latin = Encoding.GetEncoding(1252).GetBytes(text);

        foreach (var bytes in new[] { utf8Bom, utf16, latin })
        {
            var article = Extractor.Clean(bytes).Article!;
            Assert.Equal("Le conseil municipal adopte de nouvelles pistes cyclables", article.Title);
            Assert.Contains("adopté mardi", article.Text);
        }
    }
}
