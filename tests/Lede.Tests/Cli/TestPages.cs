using System.IO.Compression;
using System.Text;

namespace Lede.Tests.Cli;

/// <summary>Small inputs the CLI tests feed in.</summary>
internal static class TestPages
{
    /// <summary>A sentence the story page holds, to look for in the output.</summary>
    public const string Sentence = "The harbour bridge reopened on Tuesday after three weeks of repairs.";

    /// <summary>A small story page in UTF-8.</summary>
    public static byte[] Story { get; } = Encoding.UTF8.GetBytes(
        $"<!doctype html><html lang=en><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p>{Sentence}</p><p>Traffic was light in the morning.</p></article></body></html>");

    /// <summary>A story with a captioned figure and a "Related:" promo.</summary>
    public static byte[] FigureStory { get; } = Encoding.UTF8.GetBytes(
        "<!doctype html><html lang=en><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        + $"<p>{Sentence}</p><figure><img src='/img/bridge.jpg' alt='The bridge'><figcaption>Cars cross at dawn. Photo: Jane Doe</figcaption></figure>"
        + "<p>Related: <a href='/news/ferry'>Ferry service ends after bridge reopens</a></p>"
        + $"<p>{FigureStoryEnd}</p></article></body></html>");

    /// <summary>The last paragraph of <see cref="FigureStory"/>.</summary>
    public const string FigureStoryEnd = "Traffic was light in the morning, and the first buses crossed the river in time for the school run.";

    /// <summary>A page with no text at all.</summary>
    public static byte[] Blank { get; } = Encoding.UTF8.GetBytes("<!doctype html><html><head><title></title></head><body></body></html>");

    /// <summary>A story whose only non-ASCII word, "café", is written in ISO-8859-1 with no charset declared in the page.</summary>
    public static byte[] Latin1Story { get; } = Encoding.Latin1.GetBytes("<html><body><p>We met at the café by the station, as every week.</p></body></html>");

    /// <summary>The 8-byte PNG signature and an IHDR chunk header: enough for any sniffer to call it an image.</summary>
    public static byte[] Png { get; } = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];

    /// <summary><paramref name="bytes"/> gzip-compressed.</summary>
    public static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(bytes);
        return buffer.ToArray();
    }
}
