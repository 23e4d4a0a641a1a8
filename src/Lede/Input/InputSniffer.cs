namespace Lede.Input;

/// <summary>
/// Cheap checks on raw bytes before decoding: is this HTML at all (not an image, a PDF, binary data)?
/// (STUB: to be completed.)
/// </summary>
internal static class InputSniffer
{
    /// <summary>Returns null when the bytes may be HTML, else a one-line reason they are not.</summary>
    public static string? WhyNotHtml(ReadOnlySpan<byte> bytes) => null;
}
