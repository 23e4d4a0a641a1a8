namespace Lede.Benchmarks.Corpus;

/// <summary>A named list of pages, handled together in one benchmark operation.</summary>
public sealed class PageSet(string name, string origin, IReadOnlyList<BenchPage> pages) : IWorkload
{
    public string Name { get; } = name;

    /// <summary>Where the pages came from, for the report.</summary>
    public string Origin { get; } = origin;

    public IReadOnlyList<BenchPage> Pages { get; } = pages;

    public int Documents => Pages.Count;

    public long Bytes { get; } = pages.Sum(p => (long)p.Bytes.Length);

    public override string ToString() => $"{Name} ({Documents} pages)";
}
