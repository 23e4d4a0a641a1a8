namespace Lede.Benchmarks.Corpus;

/// <summary>How much input one benchmark operation reads, so timings can be shown as docs/s and MB/s.</summary>
public interface IWorkload
{
    /// <summary>Pages handled per operation.</summary>
    int Documents { get; }

    /// <summary>Input bytes handled per operation.</summary>
    long Bytes { get; }
}
