namespace Lede.Benchmarks.Corpus;

/// <summary>
/// Finds the project's shared data folder (the one holding benchmarks/scrapinghub): LEDE_SHARED_DIR if
/// set, else the first folder named shared/ with a benchmarks/ inside, above the app or the current directory.
/// </summary>
internal static class SharedData
{
    public const string Variable = "LEDE_SHARED_DIR";

    /// <summary>The shared folder, or null when there is none on this machine.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        return Ancestors.FindAbove(dir => Directory.Exists(Path.Combine(dir, "shared", "benchmarks")) ? Path.Combine(dir, "shared") : null);
    }

    /// <summary>The ScrapingHub benchmark folder (html/, ground-truth.json), or null.</summary>
    public static string? ScrapingHub()
        => Find() is { } shared && Directory.Exists(Path.Combine(shared, "benchmarks", "scrapinghub", "html"))
            ? Path.Combine(shared, "benchmarks", "scrapinghub")
            : null;
}
