namespace Lede.Input;

/// <summary>Reads a stream to its end without ever holding more than a cap (plus one buffer).</summary>
internal static class StreamReading
{
    public static byte[] ReadCapped(Stream stream, long cap, out bool truncated)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                truncated = true;
                return [];
            }
            buffer.Write(chunk, 0, read);
        }
        truncated = false;
        return buffer.ToArray();
    }
}
