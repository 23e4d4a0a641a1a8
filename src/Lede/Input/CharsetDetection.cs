using System.Buffers;
using UtfUnknown;

namespace Lede.Input;

/// <summary>
/// Guesses the legacy encoding of a page that is not UTF-8 and declares nothing usable, with UTF.Unknown's
/// statistical probers (the Mozilla universal charset detector). Without it, an undeclared Cyrillic,
/// Greek or CJK page would come out as windows-1252 mojibake.
/// </summary>
internal static class CharsetDetection
{
    // The detector runs about 1 MB/s, far too slow for a whole page, and markup only dilutes its statistics.
    // So it sees the text around non-ASCII bytes: each run from the '>' before to the '<' after, up to a few
    // hundred bytes either side, until 32 KB are gathered (a few thousand letters, plenty for its models).
    private const int SampleSize = 32 * 1024;
    private const int Reach = 256;

    /// <summary>The detected encoding, or null when the detector has no opinion or names one browsers don't know.</summary>
    public static PageEncoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = ArrayPool<byte>.Shared.Rent(SampleSize);
        try
        {
            int length = Gather(bytes, sample);
            var detected = CharsetDetector.DetectFromBytes(sample.AsSpan(0, length)).Detected;
            var encoding = PageEncoding.FromLabel(detected?.EncodingName);
            // UTF-8 and UTF-16 were ruled out before detection ran; such an answer is noise.
            return encoding is null || encoding.IsUtf8 || encoding.IsUtf16 ? null : encoding;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(sample);
        }
    }

    private static int Gather(ReadOnlySpan<byte> bytes, Span<byte> sample)
    {
        int length = 0, i = 0;
        while (length < sample.Length)
        {
            int next = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
                break;
            int at = i + next;
            int from = Math.Max(i, at - Reach);
            int gt = bytes[from..at].LastIndexOf((byte)'>');
            if (gt >= 0)
                from += gt + 1;
            int to = Math.Min(bytes.Length, at + Reach);
            int lt = bytes[at..to].IndexOf((byte)'<');
            if (lt >= 0)
                to = at + lt;
            var run = bytes[from..to];
            run = run[..Math.Min(run.Length, sample.Length - length - 1)];
            run.CopyTo(sample[length..]);
            length += run.Length;
            // A space keeps words of separate runs apart.
            sample[length++] = (byte)' ';
            i = to;
        }
        return length;
    }
}
