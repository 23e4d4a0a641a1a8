namespace Lede.Cli.Batch;

/// <summary>Counts the bytes read from a source into <see cref="BatchStats"/>, for MB/s and the ETA.</summary>
internal sealed class CountingStream(Stream inner, BatchStats stats) : ReadOnlyStream
{
    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        stats.AddBytes(n);
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }
}
