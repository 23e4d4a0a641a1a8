// Compiled into the command too (see Lede.Cli.csproj), in the command's own namespace so that code seeing both never
// meets the type twice.
#if LEDE_CLI
namespace Lede.Cli.Batch;
#else
namespace Lede.Warc;
#endif

/// <summary>The header of a gzip member (RFC 1952 §2.3), measured by hand so the data after it can go to a raw inflater.</summary>
internal static class GzipHeader
{
    private const byte Id1 = 0x1f;
    private const byte Id2 = 0x8b;
    private const byte Deflate = 8;
    private const byte FlagHeaderCrc = 0x02;
    private const byte FlagExtra = 0x04;
    private const byte FlagName = 0x08;
    private const byte FlagComment = 0x10;
    private const byte ReservedFlags = 0xe0;
    private const int FixedLength = 10;

    /// <summary>The first two bytes of every gzip member.</summary>
    public static bool IsMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == Id1 && bytes[1] == Id2;

    /// <summary>
    /// True when the bytes could start a member: the magic, the deflate method and no reserved flag (a cheap test
    /// to find the next member after damage, where a bare magic would also match inside compressed data).
    /// </summary>
    public static bool CouldStart(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 4 && IsMagic(bytes) && bytes[2] == Deflate && (bytes[3] & ReservedFlags) == 0;

    /// <summary>
    /// A stricter <see cref="CouldStart"/> for telling a member boundary from bytes inside compressed data: the
    /// extra-flags byte is one RFC 1952 defines (0, 2, 4) and the OS byte a listed system (0–13) or unknown (255).
    /// Random bytes pass about once in 10^9 places.
    /// </summary>
    public static bool IsPlausible(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= FixedLength && CouldStart(bytes) && bytes[8] is 0 or 2 or 4 && bytes[9] is <= 13 or 255;

    /// <summary>Where the first plausible member header starts; -1 when none.</summary>
    public static int FindPlausible(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> magic = [Id1, Id2, Deflate];
        for (var at = 0; at < bytes.Length; at++)
        {
            var hit = bytes[at..].IndexOf(magic);
            if (hit < 0)
                return -1;
            at += hit;
            if (IsPlausible(bytes[at..]))
                return at;
        }
        return -1;
    }

    /// <summary>
    /// The header's length; 0 when more bytes are needed to tell; -1 when this is not a gzip header (or its
    /// optional fields run past <paramref name="maxLength"/>).
    /// </summary>
    public static int Measure(ReadOnlySpan<byte> bytes, int maxLength)
    {
        if (bytes.Length < 4)
        {
            ReadOnlySpan<byte> start = [Id1, Id2, Deflate];
            return start.StartsWith(bytes[..Math.Min(bytes.Length, start.Length)]) ? 0 : -1;
        }
        if (!CouldStart(bytes))
            return -1;
        var flags = bytes[3];
        var at = FixedLength;
        if ((flags & FlagExtra) != 0)
        {
            if (bytes.Length < at + 2)
                return NeedMore(at + 2, maxLength);
            at += 2 + (bytes[at] | bytes[at + 1] << 8);
        }
        if ((flags & FlagName) != 0 && !SkipZeroTerminated(bytes, ref at))
            return NeedMore(at + 1, maxLength);
        if ((flags & FlagComment) != 0 && !SkipZeroTerminated(bytes, ref at))
            return NeedMore(at + 1, maxLength);
        if ((flags & FlagHeaderCrc) != 0)
            at += 2;
        if (at > maxLength)
            return -1;
        return bytes.Length >= at ? at : 0;
    }

    private static int NeedMore(int atLeast, int maxLength) => atLeast > maxLength ? -1 : 0;

    private static bool SkipZeroTerminated(ReadOnlySpan<byte> bytes, ref int at)
    {
        if (at >= bytes.Length)
            return false;
        var zero = bytes[at..].IndexOf((byte)0);
        if (zero < 0)
        {
            at = bytes.Length;
            return false;
        }
        at += zero + 1;
        return true;
    }
}
