using Lede.Input;
using Lede.Warc;

namespace Lede.Benchmarks.Peers;

/// <summary>One HTML response of the WARC: its bytes for Lede, and the same page decoded once for the peers.</summary>
internal sealed record WarcPage(string? Url, byte[] Bytes, string? Charset, string Html);

/// <summary>Reads the HTML responses out of a WARC with Lede's reader, untimed: every extractor gets the same pages.</summary>
internal static class WarcPages
{
    public static List<WarcPage> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var pages = new List<WarcPage>();
        foreach (var item in WarcReader.Read(stream))
        {
            if (item is not WarcDocument document) continue;
            var bytes = document.Body.ToArray();
            // The peers take text: decoded as Lede decodes (charset from the HTTP header, then the page's own).
            pages.Add(new WarcPage(document.TargetUri, bytes, document.Charset, HtmlDecoder.Decode(bytes, document.Charset).Html));
        }
        return pages;
    }
}
