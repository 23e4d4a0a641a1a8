using System.Text;

namespace Lede.Benchmarks.Corpus;

/// <summary>One page held in memory: its bytes as fetched, the same bytes decoded, and its URL.</summary>
public sealed class BenchPage : IWorkload
{
    public BenchPage(string name, byte[] bytes, string? url)
    {
        Name = name;
        Bytes = bytes;
        Url = url;
        // Benchmark pages are UTF-8 (the ScrapingHub set says so); the parse baseline uses this text.
        Text = Encoding.UTF8.GetString(bytes);
    }

    public string Name { get; }

    public byte[] Bytes { get; }

    public string Text { get; }

    public string? Url { get; }

    int IWorkload.Documents => 1;

    long IWorkload.Bytes => Bytes.Length;

    // BenchmarkDotNet shows a parameter by its ToString.
    public override string ToString() => Name;
}
