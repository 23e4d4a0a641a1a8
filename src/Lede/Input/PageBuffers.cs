using System.Buffers;

namespace Lede.Input;

/// <summary>
/// Buffers the size of a whole page (a decoded page before the pre-scan). Not <see cref="ArrayPool{T}.Shared"/>:
/// that one keeps an array of each size for every thread that returns one, and a batch's workers run on whichever
/// thread-pool thread is free, so over a long run every thread comes to hold page-sized arrays and the process's
/// memory creeps up with the length of the input (20 copies of the benchmark WARC peaked 15 MB higher than one). This
/// pool has no per-thread part and keeps one array of each size, so what it holds is small and stops growing once a
/// run has seen its largest pages; a worker that finds the array taken gets a new one.
/// </summary>
internal static class PageBuffers
{
    /// <summary>Pages up to this many characters get a pooled buffer; a larger one gets its own, which the GC takes back.</summary>
    public const int MaxPooledChars = 1 << 22;

    public static ArrayPool<char> Chars { get; } = ArrayPool<char>.Create(MaxPooledChars, maxArraysPerBucket: 1);
}
