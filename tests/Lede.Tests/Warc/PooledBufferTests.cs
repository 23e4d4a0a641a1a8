using System.Buffers;
using Lede.Warc;

namespace Lede.Tests.Warc;

/// <summary><see cref="PooledBuffer.TryHandOver"/>: the array goes to the caller only when it is the buffer's and the pools agree.</summary>
public sealed class PooledBufferTests
{
    [Fact]
    public void HandsOverItsArrayAndRentsAnotherForTheNextRecord()
    {
        var pool = ArrayPool<byte>.Create(1 << 20, 2);
        using var buffer = new PooledBuffer(1 << 20, pool);
        var record = buffer.Reserve(100);
        record.Span.Fill(7);

        Assert.True(buffer.TryHandOver(record[10..50], pool, out var array));

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray<byte>(record, out var segment));
        Assert.Same(segment.Array, array);
        var next = buffer.Reserve(100);
        next.Span.Fill(1);
        Assert.All(array.AsSpan(0, 100).ToArray(), b => Assert.Equal(7, b)); // the next record is read elsewhere
    }

    [Fact]
    public void KeepsItsArrayForMemoryElsewhereAnotherPoolOrNothingRented()
    {
        var pool = ArrayPool<byte>.Create(1 << 20, 2);
        using var buffer = new PooledBuffer(1 << 20, pool);

        Assert.False(buffer.TryHandOver(new byte[10], pool, out var none)); // nothing rented yet
        Assert.Null(none);
        var record = buffer.Reserve(64);
        Assert.False(buffer.TryHandOver(new byte[64], pool, out none));
        Assert.Null(none);
        Assert.False(buffer.TryHandOver(record, ArrayPool<byte>.Shared, out none)); // it would go back to the wrong pool
        Assert.Null(none);
        Assert.True(buffer.TryHandOver(buffer.Slice(64), pool, out var array));
        Assert.NotNull(array);
    }
}
