using System.Text;
using Lede.Input;

namespace Lede.Tests.Input;

public sealed class HtmlDecoderTests
{
    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Bytes(string text, int codePage) => Encoding.GetEncoding(codePage).GetBytes(text);

    [Fact]
    public void PlainUtf8WithoutDeclarationIsUtf8ByDefault()
    {
        var page = HtmlDecoder.Decode("<p>café</p>"u8, null);
        Assert.Equal(("<p>café</p>", "utf-8", "default"), (page.Html, page.EncodingName, page.Source));
    }

    [Theory]
    [InlineData(65001, new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(1200, new byte[] { 0xFF, 0xFE }, "utf-16le")]
    [InlineData(1201, new byte[] { 0xFE, 0xFF }, "utf-16be")]
    public void ByteOrderMarkWinsOverEverythingAndIsStripped(int codePage, byte[] bom, string expected)
    {
        const string html = "<meta charset=\"windows-1251\"><p>Grüße</p>";
        byte[] bytes = [.. bom, .. Encoding.GetEncoding(codePage).GetBytes(html)];
        var page = HtmlDecoder.Decode(bytes, "iso-8859-2");
        Assert.Equal((html, expected, "bom"), (page.Html, page.EncodingName, page.Source));
    }

    [Fact]
    public void TransportCharsetWinsOverMeta()
    {
        var bytes = Bytes("<meta charset=\"windows-1252\"><p>Привет</p>", 1251);
        var page = HtmlDecoder.Decode(bytes, "windows-1251");
        Assert.Equal(("windows-1251", "transport"), (page.EncodingName, page.Source));
        Assert.Contains("Привет", page.Html);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta charset=windows-1251>")]
    [InlineData("<META CHARSET='Windows-1251'/>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    [InlineData("<meta content='text/html; charset=\"cp1251\"' http-equiv=content-type>")]
    public void MetaDeclarationsAreRead(string meta)
    {
        var bytes = Bytes($"<!doctype html><html><head>{meta}<title>t</title></head><body><p>Привет, мир</p></body></html>", 1251);
        var page = HtmlDecoder.Decode(bytes, null);
        Assert.Equal(("windows-1251", "meta"), (page.EncodingName, page.Source));
        Assert.Contains("Привет, мир", page.Html);
    }

    [Theory]
    [InlineData("<meta content=\"text/html; charset=windows-1251\">")] // no http-equiv beside it
    [InlineData("<!-- <meta charset=\"windows-1251\"> -->")]
    [InlineData("<script>var s = '<meta charset=\"windows-1251\">';</script>")]
    [InlineData("<div title='<meta charset=windows-1251>'></div>")]
    [InlineData("<meta charset=\"no-such-charset\">")]
    public void NonDeclarationsAreIgnored(string markup)
    {
        var page = HtmlDecoder.Decode(Encoding.UTF8.GetBytes($"<html><head>{markup}</head><body><p>Привет</p></body></html>"), null);
        Assert.Equal(("utf-8", "default"), (page.EncodingName, page.Source));
        Assert.Contains("Привет", page.Html);
    }

    [Fact]
    public void MetaLateInALongHeadIsStillFound()
    {
        var head = "<head><style>" + new string('x', 10_000) + "</style><meta charset=\"koi8-r\"></head>";
        var page = HtmlDecoder.Decode(Bytes(head + "<body><p>Привет</p></body>", 20866), null);
        Assert.Equal(("koi8-r", "meta"), (page.EncodingName, page.Source));
        Assert.Contains("Привет", page.Html);
    }

    [Fact]
    public void MetaAfterBodyStartIsNotADeclaration()
    {
        var page = HtmlDecoder.Decode("<html><body><p>x</p><meta charset=\"windows-1251\"></body></html>"u8, null);
        Assert.Equal("default", page.Source);
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin1")]
    [InlineData("US-ASCII")]
    public void LatinLabelsMeanWindows1252(string label)
    {
        // 0x93/0x94 are curly quotes in windows-1252 and C1 controls in real ISO-8859-1; browsers show quotes.
        var bytes = Bytes("<p>\u201Cné\u201D</p>", 1252);
        var page = HtmlDecoder.Decode(bytes, label);
        Assert.Equal(("windows-1252", "<p>\u201Cné\u201D</p>"), (page.EncodingName, page.Html));
    }

    [Fact]
    public void Utf16InAMetaMeansUtf8()
    {
        var page = HtmlDecoder.Decode("<meta charset=\"utf-16\"><p>café</p>"u8, null);
        Assert.Equal(("utf-8", "meta"), (page.EncodingName, page.Source));
        Assert.Contains("café", page.Html);
    }

    [Fact]
    public void Utf16WithoutBomIsRecognised()
    {
        var page = HtmlDecoder.Decode(Encoding.Unicode.GetBytes("<html><body><p>Grüße aus Köln</p></body></html>"), null);
        Assert.Equal(("utf-16le", "<html><body><p>Grüße aus Köln</p></body></html>"), (page.EncodingName, page.Html));
    }

    [Fact]
    public void TransportUtf16IsBelievedOnlyWhenTheBytesAreUtf16()
    {
        var utf16 = HtmlDecoder.Decode(Encoding.BigEndianUnicode.GetBytes("<p>Grüße</p><p>aus Köln</p>"), "utf-16");
        Assert.Equal(("utf-16be", "transport", "<p>Grüße</p><p>aus Köln</p>"), (utf16.EncodingName, utf16.Source, utf16.Html));
        var utf8 = HtmlDecoder.Decode("<p>Grüße</p><p>aus Köln</p>"u8, "utf-16");
        Assert.Equal(("utf-8", "<p>Grüße</p><p>aus Köln</p>"), (utf8.EncodingName, utf8.Html));
    }

    [Theory]
    [InlineData(932, "shift_jis", "日本語のテキストです。")]
    [InlineData(936, "gbk", "这是一个中文测试文本。")]
    [InlineData(949, "euc-kr", "한국어 텍스트입니다.")]
    public void DeclaredCjkEncodingsDecode(int codePage, string label, string text)
    {
        var page = HtmlDecoder.Decode(Bytes($"<meta charset=\"{label}\"><p>{text}</p>", codePage), null);
        Assert.Equal(label, page.EncodingName);
        Assert.Contains(text, page.Html);
    }

    [Fact]
    public void DeclaredLatin1ThatIsReallyUtf8IsReadAsUtf8()
    {
        var page = HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Un café à Zürich</p>"), null);
        Assert.Equal(("utf-8", "detected"), (page.EncodingName, page.Source));
        Assert.Contains("Un café à Zürich", page.Html);
    }

    [Fact]
    public void DeclaredLatin1ThatIsPureAsciiKeepsItsDeclaration()
    {
        var page = HtmlDecoder.Decode("<meta charset=\"iso-8859-1\"><p>plain</p>"u8, null);
        Assert.Equal(("windows-1252", "meta"), (page.EncodingName, page.Source));
    }

    [Fact]
    public void DeclaredUtf8ThatIsReallyWindows1252IsNotTurnedIntoReplacementCharacters()
    {
        var bytes = Bytes("<meta charset=\"utf-8\"><p>Café, über, Straße, naïve, garçon.</p>", 1252);
        var page = HtmlDecoder.Decode(bytes, null);
        Assert.Contains("Café, über, Straße, naïve, garçon.", page.Html);
        Assert.DoesNotContain('\uFFFD', page.Html);
        Assert.Equal("windows-1252", page.EncodingName);
    }

    [Fact]
    public void Utf8WithAStrayLegacyByteKeepsUtf8AndReadsTheStrayByteAsWindows1252()
    {
        byte[] bytes = [.. "<p>Grüße, naïve, Ärger – "u8, 0xE9, .. "t\u00E9</p>"u8];
        var page = HtmlDecoder.Decode(bytes, "utf-8");
        Assert.Equal(("utf-8", "transport"), (page.EncodingName, page.Source));
        Assert.Equal("<p>Grüße, naïve, Ärger – été</p>", page.Html);
    }

    [Fact]
    public void Utf8CutInsideACharacterStaysUtf8()
    {
        var bytes = "<p>Grüße aus Köln und Zürich – ein café</p><p>€"u8[..^1];
        var page = HtmlDecoder.Decode(bytes, null);
        Assert.Equal("utf-8", page.EncodingName);
        Assert.StartsWith("<p>Grüße aus Köln und Zürich – ein café</p>", page.Html);
    }

    [Fact]
    public void UndeclaredCyrillicIsDetected()
    {
        var text = string.Concat(Enumerable.Repeat("Привет, как дела? Это тестовый текст на русском языке. ", 8));
        var page = HtmlDecoder.Decode(Bytes($"<html><body><p>{text}</p></body></html>", 1251), null);
        Assert.Equal(("windows-1251", "detected"), (page.EncodingName, page.Source));
        Assert.Contains(text, page.Html);
    }

    [Fact]
    public void UndeclaredWesternLegacyTextComesOutRight()
    {
        var page = HtmlDecoder.Decode(Bytes("<html><body><p>Le garçon a mangé une crème brûlée.</p></body></html>", 1252), null);
        Assert.Equal("windows-1252", page.EncodingName);
        Assert.Contains("Le garçon a mangé une crème brûlée.", page.Html);
    }

    [Fact]
    public void UnknownTransportLabelIsIgnored()
    {
        var page = HtmlDecoder.Decode(Bytes("<meta charset=\"windows-1251\"><p>Привет</p>", 1251), "x-made-up");
        Assert.Equal(("windows-1251", "meta"), (page.EncodingName, page.Source));
    }

    [Theory]
    [InlineData("text/html; charset=utf-8", "utf-8")]
    [InlineData("charset = 'koi8-r'", "koi8-r")]
    [InlineData("charsetx; charset=\"big5\"", "big5")]
    [InlineData("text/html", "")]
    [InlineData("charset=\"unclosed", "")]
    public void CharsetIsExtractedFromAContentValue(string content, string expected)
        => Assert.Equal(expected, Encoding.ASCII.GetString(MetaCharsetPrescan.CharsetInContent(Encoding.ASCII.GetBytes(content))));

    [Theory]
    [InlineData(" Windows-1252 ", "windows-1252")]
    [InlineData("SJIS", "shift_jis")]
    [InlineData("x-user-defined", "windows-1252")]
    [InlineData("ks_c_5601-1987", "euc-kr")]
    [InlineData("iso-8859-9", "windows-1254")]
    public void LabelsMapTheWhatwgWay(string label, string name)
        => Assert.Equal(name, PageEncoding.FromLabel(label)?.Name);

    [Theory]
    [InlineData("")]
    [InlineData("utf-7")]
    [InlineData("iso-2022-kr")]
    public void UnknownOrUnsafeLabelsAreNull(string label) => Assert.Null(PageEncoding.FromLabel(label));

    // A byte-order mark in front of text of another encoding: the bytes win, and the mark is skipped either way.
    public static TheoryData<byte[], string, string> ContradictedMarks
    {
        get
        {
            const string html = "<p>Grüße aus Köln</p>";
            return new()
            {
                { [0xFF, 0xFE, .. Encoding.UTF8.GetBytes(html)], "utf-8", "default" },
                { [0xFE, 0xFF, .. Encoding.UTF8.GetBytes(html)], "utf-8", "default" },
                { [0xFF, 0xFE, .. Encoding.BigEndianUnicode.GetBytes(html)], "utf-16be", "detected" },
                { [0xFE, 0xFF, .. Encoding.Unicode.GetBytes(html)], "utf-16le", "detected" },
                { [0xEF, 0xBB, 0xBF, .. Encoding.Unicode.GetBytes(html)], "utf-16le", "detected" },
                { [0xEF, 0xBB, 0xBF, .. Bytes(html, 1252)], "windows-1252", "detected" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(ContradictedMarks))]
    public void BytesThatContradictTheirByteOrderMarkAreDecodedAsTheyAre(byte[] bytes, string encoding, string source)
    {
        var page = HtmlDecoder.Decode(bytes, null);
        Assert.Equal(("<p>Grüße aus Köln</p>", encoding, source), (page.Html, page.EncodingName, page.Source));
    }

    [Fact]
    public void Utf8MarkOverUtf8WithAStrayLegacyByteKeepsUtf8()
    {
        var page = HtmlDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Grüße aus Köln, "), 0xE9, .. Encoding.UTF8.GetBytes("té</p>")], null);
        Assert.Equal(("<p>Grüße aus Köln, été</p>", "utf-8", "bom"), (page.Html, page.EncodingName, page.Source));
    }
}
