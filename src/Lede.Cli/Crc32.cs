namespace Lede.Cli;

/// <summary>The CRC-32 of gzip and zip (ISO 3309, reflected polynomial 0xEDB88320), by table, a chunk at a time.</summary>
internal static class Crc32
{
    private static readonly uint[] Table = Build();

    /// <summary>The CRC of what <paramref name="crc"/> covered followed by <paramref name="bytes"/> (start from 0).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        crc = ~crc;
        foreach (byte b in bytes)
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return ~crc;
    }

    private static uint[] Build()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }
}
