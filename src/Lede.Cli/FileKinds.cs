namespace Lede.Cli;

/// <summary>
/// The files the commands take by their names — pages (<c>.html</c>, <c>.htm</c>, <c>.html.gz</c>) and plain texts
/// (<c>.txt</c>, <c>.txt.gz</c>) — and the folder search <c>lede clean</c> and <c>lede batch</c> find them with.
/// </summary>
internal static class FileKinds
{
    // Paths differ by case on Linux only; elsewhere two spellings of a name are one file.
    private static readonly StringComparison PathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>How file paths compare on this system: by case on Linux, ignoring it elsewhere.</summary>
    public static StringComparer PathComparer { get; } = StringComparer.FromComparison(PathComparison);

    /// <summary>True for an HTML page's name.</summary>
    public static bool IsPage(string path)
        => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a plain text's name: a naive scrape, to be cleaned rather than extracted.</summary>
    public static bool IsText(string path)
        => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".txt.gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The files under <paramref name="folder"/>, recursively, that <paramref name="take"/> takes, as full paths in
    /// ordinal order of their paths under the folder (with <c>/</c>, so the order is the same on every system).
    /// Files under <paramref name="output"/> are left out: a run again over a folder that holds its own output
    /// (text output is <c>.txt</c> too) must not read what it wrote, nor plan other parts than the first run.
    /// </summary>
    public static List<string> Search(string folder, Func<string, bool> take, string? output)
    {
        var root = Path.GetFullPath(folder);
        var skip = output is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(output)) + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => take(path) && (skip is null || !path.StartsWith(skip, PathComparison)))
            .OrderBy(path => Path.GetRelativePath(root, path).Replace('\\', '/'), StringComparer.Ordinal)
            .ToList();
    }
}
