using System.Buffers;

namespace Lede.Html;

/// <summary>Growing arrays rented from the shared pools: the parser's arrays live as long as a page, and a batch parses many.</summary>
internal static class Pooled
{
    /// <summary>Replaces <paramref name="array"/> by a pooled one of at least <paramref name="needed"/> elements (double its size at least), keeping the first <paramref name="used"/>, and returns the old one to the pool.</summary>
    public static void Grow<T>(ref T[] array, int needed, int used)
    {
        long size = Math.Max((long)array.Length * 2, needed);
        var larger = ArrayPool<T>.Shared.Rent((int)Math.Min(size, Array.MaxLength));
        Array.Copy(array, larger, used);
        if (array.Length > 0)
            ArrayPool<T>.Shared.Return(array);
        array = larger;
    }
}
