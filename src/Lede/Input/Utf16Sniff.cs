namespace Lede.Input;

/// <summary>Recognises UTF-16 text that has no byte-order mark by where its zero bytes fall.</summary>
internal static class Utf16Sniff
{
    private const int Window = 512;

    /// <summary>
    /// UTF-16LE or BE when, in the first 512 bytes, most high bytes of the 16-bit units are zero and almost no low
    /// bytes are (markup is ASCII, so each ASCII character leaves a zero in the high byte); else null.
    /// </summary>
    public static PageEncoding? Guess(ReadOnlySpan<byte> bytes)
    {
        int pairs = Math.Min(bytes.Length, Window) / 2;
        if (pairs < 8)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        if (oddZeros >= pairs / 2 && evenZeros <= pairs / 16)
            return PageEncoding.Utf16LE;
        if (evenZeros >= pairs / 2 && oddZeros <= pairs / 16)
            return PageEncoding.Utf16BE;
        return null;
    }
}
