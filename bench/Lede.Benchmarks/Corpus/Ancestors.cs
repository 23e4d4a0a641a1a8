namespace Lede.Benchmarks.Corpus;

/// <summary>Searches the folders above the app and above the current directory.</summary>
internal static class Ancestors
{
    // BenchmarkDotNet runs each benchmark from a generated project under bin/, so both starting
    // points sit inside the repository whichever process is asking.
    public static string? FindAbove(Func<string, string?> probe)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (probe(dir.FullName) is { } found)
                    return found;
            }
        }
        return null;
    }
}
