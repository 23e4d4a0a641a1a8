namespace Lede.Cli.Clean;

/// <summary>One text <c>lede clean -o</c> cleans, and the file its result goes to.</summary>
/// <param name="Source">The path to read, or <c>-</c> for standard input.</param>
/// <param name="Name">How messages name it: the path as given (for a folder's file, the folder as given joined with its path under it), or <c>stdin</c>.</param>
/// <param name="Output">The full path of its output file.</param>
/// <param name="Problem">Why it cannot be read, when that is known before reading (a folder that cannot be listed).</param>
internal sealed record CleanItem(string Source, string Name, string Output, string? Problem = null);

/// <summary>
/// Turns the inputs of <c>lede clean … -o DIR</c> into the texts to clean and their output files, in the order
/// given, a folder's <c>.txt</c> and <c>.txt.gz</c> files (searched recursively) in ordinal order of their paths
/// under it. An input's output is <c>DIR/NAME.EXT</c>, NAME its file name without <c>.gz</c> and <c>.txt</c>
/// (<c>stdin</c> for standard input); a folder's files keep their paths under it (<c>DIR/2024/a.EXT</c>). Names
/// that would collide get <c>-2</c>, <c>-3</c>, … in input order (<see cref="UniqueNames"/>).
/// </summary>
internal sealed class CleanPlan
{
    private CleanPlan(List<CleanItem> items, string? usage)
    {
        Items = items;
        Usage = usage;
    }

    /// <summary>The texts to clean, in order.</summary>
    public IReadOnlyList<CleanItem> Items { get; }

    /// <summary>Why the command line cannot run (a usage error, exit code 2), or null.</summary>
    public string? Usage { get; }

    /// <summary>Plans <paramref name="inputs"/> into <paramref name="folder"/>, with outputs ending in <paramref name="extension"/> (with its dot).</summary>
    public static CleanPlan Make(IReadOnlyList<string> inputs, string folder, string extension)
    {
        if (inputs.Count(input => input == "-") > 1)
            return new CleanPlan([], "- (standard input) can be given only once");
        var root = Path.GetFullPath(folder);
        var names = new UniqueNames();
        var items = new List<CleanItem>();
        foreach (var input in inputs)
        {
            if (input == "-")
                items.Add(new CleanItem("-", "stdin", OutputPath(root, names.Claim("stdin"), extension)));
            else if (Directory.Exists(input))
                items.AddRange(FolderItems(input, root, names, extension));
            else
                items.Add(new CleanItem(input, input, OutputPath(root, names.Claim(Stem(Path.GetFileName(input))), extension)));
        }
        return new CleanPlan(items, Overwrites(items));
    }

    /// <summary>A text's file name without <c>.gz</c>, then without <c>.txt</c>: <c>a.txt.gz</c> → <c>a</c>; the whole name if nothing is left.</summary>
    internal static string Stem(string fileName)
    {
        var stem = fileName;
        if (stem.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stem = stem[..^3];
        if (stem.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            stem = stem[..^4];
        return stem.Length > 0 ? stem : fileName;
    }

    private static List<CleanItem> FolderItems(string folder, string root, UniqueNames names, string extension)
    {
        List<string> files;
        try
        {
            files = FileKinds.Search(folder, FileKinds.IsText, root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new CleanItem(folder, folder, "", $"cannot list the folder: {e.Message}")];
        }
        var full = Path.GetFullPath(folder);
        return files.ConvertAll(path =>
        {
            var relative = Path.GetRelativePath(full, path);
            var stem = Path.Combine(Path.GetDirectoryName(relative) ?? "", Stem(Path.GetFileName(relative))).Replace('\\', '/');
            var name = Path.Combine(folder, relative);
            return new CleanItem(name, name, OutputPath(root, names.Claim(stem), extension));
        });
    }

    private static string OutputPath(string root, string stem, string extension) => Path.GetFullPath(Path.Combine(root, stem + extension));

    // With --format text, x.txt cleaned into its own folder would be written over: refuse before anything is read.
    private static string? Overwrites(List<CleanItem> items)
    {
        var sources = items.Where(item => item.Source != "-").Select(item => Path.GetFullPath(item.Source)).ToHashSet(FileKinds.PathComparer);
        return items.FirstOrDefault(item => item.Problem is null && sources.Contains(item.Output)) is { } clash
            ? $"the output {clash.Output} would overwrite an input; choose another -o folder or --format"
            : null;
    }
}
