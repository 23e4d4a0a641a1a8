// Compiled into the command too (see Lede.Cli.csproj), in the command's own namespace so that code seeing both never
// meets the type twice.
#if LEDE_CLI
namespace Lede.Cli.Batch;
#else
namespace Lede.Input;
#endif

/// <summary>Reads a stream to its end without ever holding more than a cap (plus one buffer).</summary>
internal static class StreamReading
{
    /// <summary>
    /// The stream's bytes up to <paramref name="cap"/>; <paramref name="truncated"/> is true when there were more, which
    /// are left unread.
    /// </summary>
    public static byte[] ReadCapped(Stream stream, long cap, out bool truncated)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                buffer.Write(chunk, 0, (int)(cap - buffer.Length));
                truncated = true;
                return buffer.ToArray();
            }
            buffer.Write(chunk, 0, read);
        }
        truncated = false;
        return buffer.ToArray();
    }

    /// <summary>
    /// <see cref="ReadCapped"/> without blocking a thread: the bytes, or null when the stream holds more than
    /// <paramref name="cap"/> (reading stops there).
    /// </summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream stream, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > cap)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
