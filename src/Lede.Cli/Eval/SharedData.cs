namespace Lede.Cli.Eval;

/// <summary>
/// Finds the project's shared, read-only data folder (benchmark pages, samples): the <c>LEDE_SHARED_DIR</c>
/// environment variable if set, else the first <c>shared</c> folder holding <c>benchmarks</c> found walking
/// up from the program's folder, then from the current folder. The data is not in the repository.
/// </summary>
internal static class SharedData
{
    /// <summary>The environment variable that names the shared folder.</summary>
    public const string EnvironmentVariable = "LEDE_SHARED_DIR";

    private static readonly Lazy<string?> Root = new(() =>
        Find(Environment.GetEnvironmentVariable(EnvironmentVariable), [AppContext.BaseDirectory, Environment.CurrentDirectory]));

    /// <summary>The shared folder, or null when there is none.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The ScrapingHub benchmark folder, or null when it is absent.</summary>
    public static string? ScrapingHub => Existing(Root.Value, "benchmarks", "scrapinghub");

    /// <summary>The naive scrapes of the ScrapingHub pages (one folder per scraper), or null when they are absent.</summary>
    public static string? NaiveScrapes => Existing(Root.Value, "benchmarks", "naive-scrapes");

    /// <summary>The PolNeAR attribution benchmark folder (train and dev splits), or null when it is absent.</summary>
    public static string? Polnear => Existing(Root.Value, "benchmarks", "polnear");

    /// <summary>htmldate's date-annotated pages (html/, gold.json), or null when they are absent.</summary>
    public static string? HtmldateDates => Existing(Root.Value, "benchmarks", "htmldate-dates");

    /// <summary>The html5lib conformance suite (tree-construction/, tokenizer/), or null when it is absent.</summary>
    public static string? Html5libTests => Existing(Root.Value, "benchmarks", "html5lib-tests");

    /// <summary>The search itself, apart from the process state, so it can be tested.</summary>
    internal static string? Find(string? fromEnvironment, IEnumerable<string> startFolders)
    {
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return Path.GetFullPath(fromEnvironment);
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (Existing(folder.FullName, "shared", "benchmarks") is not null)
                    return Path.Combine(folder.FullName, "shared");
            }
        }
        return null;
    }

    private static string? Existing(string? root, params string[] parts)
    {
        if (root is null)
            return null;
        var path = Path.Combine([root, .. parts]);
        return System.IO.Directory.Exists(path) ? path : null;
    }
}
