using System.Buffers;
using System.Text;

namespace Lede.Input;

/// <summary>How much of a byte run reads as UTF-8: the well-formed multi-byte sequences against the broken ones.</summary>
internal readonly record struct Utf8Evidence(int MultiByte, int Invalid)
{
    /// <summary>
    /// True when well-formed multi-byte sequences are at least as many as broken ones. Text in a legacy
    /// encoding almost never forms valid UTF-8 by chance (a lead byte 0xC2–0xF4 must be followed by exactly the
    /// right number of 0x80–0xBF bytes, which in windows-1252 are rare punctuation), so a page with more valid
    /// sequences than broken ones is UTF-8 with a few stray legacy bytes (a template or feed pasted in), not the reverse.
    /// </summary>
    public bool MostlyUtf8 => MultiByte >= Invalid;

    /// <summary>Counts, in one pass over the non-ASCII bytes only. A sequence cut off by the end of the input is not counted as broken.</summary>
    public static Utf8Evidence Measure(ReadOnlySpan<byte> bytes)
    {
        int multiByte = 0, invalid = 0, i = 0;
        while (true)
        {
            int next = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (next < 0)
                break;
            i += next;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out int consumed);
            if (status == OperationStatus.Done)
                multiByte++;
            else if (status != OperationStatus.NeedMoreData)
                invalid++;
            i += consumed;
        }
        return new Utf8Evidence(multiByte, invalid);
    }
}
