using System.Text;
using Lede.Input;

namespace Lede.Tests.Input;

public sealed class InputSnifferTests
{
    public static TheoryData<byte[], string> KnownFormats => new()
    {
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8], "PNG" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, .. "JFIF"u8], "JPEG" },
        { [.. "GIF89a"u8, 1, 0, 1, 0], "GIF" },
        { [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8], "WebP" },
        { [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3], "PDF" },
        { [.. "PK"u8, 3, 4, 20, 0, 0, 0], "ZIP" },
        { [0x1F, 0x8B, 8, 0, 0, 0, 0, 0], "gzip-compressed; decompress first" },
    };

    [Theory]
    [MemberData(nameof(KnownFormats))]
    public void NamesKnownBinaryFormats(byte[] bytes, string expected)
        => Assert.Contains(expected, InputSniffer.WhyNotHtml(bytes));

    [Fact]
    public void RandomBytesAreBinary()
    {
        var bytes = new byte[10_000];
        new Random(42).NextBytes(bytes);
        bytes[0] = (byte)'<'; // not a known signature, just noise
        Assert.Contains("binary", InputSniffer.WhyNotHtml(bytes));
    }

    [Fact]
    public void ManyControlBytesWithoutZerosAreBinary()
    {
        var bytes = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("ab\u0001c\u0002d\u0003e", 200)));
        Assert.NotNull(InputSniffer.WhyNotHtml(bytes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t  ")]
    [InlineData("<!doctype html><html><body><p>Hello</p></body></html>")]
    [InlineData("Just some text, not even markup.")]
    [InlineData("<p>A page with one stray \u0000 zero byte and a form feed \f in it.</p>")]
    public void TextPasses(string text) => Assert.Null(InputSniffer.WhyNotHtml(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Utf16TextPassesWithAndWithoutByteOrderMark()
    {
        const string html = "<html><body><p>Grüße aus Köln, a page in UTF-16.</p></body></html>";
        Assert.Null(InputSniffer.WhyNotHtml([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(html)]));
        Assert.Null(InputSniffer.WhyNotHtml([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(html)]));
        Assert.Null(InputSniffer.WhyNotHtml(Encoding.Unicode.GetBytes(html)));
        Assert.Null(InputSniffer.WhyNotHtml(Encoding.BigEndianUnicode.GetBytes(html)));
    }

    [Fact]
    public void LegacyEncodedTextPasses()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(932).GetBytes("<p>日本語のテキストです。</p>");
        Assert.Null(InputSniffer.WhyNotHtml(bytes));
    }

    [Theory]
    [InlineData("\0\0\0\0\0\0<!DOCTYPE html><html><body><p>Stray zeros before the doctype.</p></body></html>")]
    [InlineData("<html><head><meta name=x content='\0\0\0\0\u0001\u0002\u0003'></head><body><p>Zeros in the head.</p></body></html>")]
    [InlineData("\u0001\u0002\u0003\u0004\u0005 junk <P>A paragraph tag, upper case, after junk.</P>")]
    public void PageThatLooksLikeHtmlIsHtmlWhateverControlBytesItHolds(string page)
        => Assert.Null(InputSniffer.WhyNotHtml(Encoding.UTF8.GetBytes(page)));

    [Fact]
    public void OnlyTheFirst512BytesAreLookedAtForBinaryBytes()
    {
        var text = new string('a', 512) + string.Concat(Enumerable.Repeat("\0\u0001\u0002", 100));
        Assert.Null(InputSniffer.WhyNotText(Encoding.UTF8.GetBytes(text)));
        Assert.Contains("binary data (", InputSniffer.WhyNotText(Encoding.UTF8.GetBytes(text[^300..] + text)));
    }

    [Fact]
    public void AFewStrayBytesInPlainTextAreNotBinaryButMoreAre()
    {
        Assert.Null(InputSniffer.WhyNotText(Encoding.UTF8.GetBytes("A line of text\0 with three\u0001 stray\u001F bytes.")));
        Assert.Equal("binary data (4 zero or control bytes in the first 41 bytes), not text",
            InputSniffer.WhyNotText(Encoding.UTF8.GetBytes("A line of text\0 with four\u0001 stray\u001F\u0002 bytes.")));
    }
}
