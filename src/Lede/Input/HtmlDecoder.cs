using System.Text;

namespace Lede.Input;

/// <summary>The text of a page and how its bytes were decoded.</summary>
/// <param name="Html">The decoded text.</param>
/// <param name="EncodingName">The WHATWG name of the encoding used ("utf-8", "windows-1252", …).</param>
/// <param name="Source">Where the encoding came from: "bom", "transport", "meta", "detected" or "default".</param>
internal sealed record DecodedPage(string Html, string EncodingName, string Source);

/// <summary>
/// Decodes page bytes the way a browser does: byte-order mark, then the transport's charset, then the
/// page's own &lt;meta charset&gt; / http-equiv (pre-scanned in the first 1024 bytes), then detection,
/// with UTF-8 last. (STUB: to be completed.)
/// </summary>
internal static class HtmlDecoder
{
    public static DecodedPage Decode(ReadOnlySpan<byte> bytes, string? transportCharset)
        => new(Encoding.UTF8.GetString(bytes), "utf-8", "default");
}
