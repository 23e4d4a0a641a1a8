namespace Lede.Cli.Batch;

/// <summary>
/// Turns the command line's inputs into the ordered list of parts, the same on every machine: files as given,
/// folders searched recursively for pages (<c>.html</c>, <c>.htm</c>, <c>.html.gz</c>) and plain texts (<c>.txt</c>,
/// <c>.txt.gz</c>), everything sorted by path (ordinal), so that <c>--task-index I --task-count T</c> picks the same
/// parts wherever it runs.
/// </summary>
internal static class InputPlan
{
    /// <summary>
    /// Page and text files of a folder per part. A part is the unit of resume and of task distribution: a file per
    /// part would make millions of tiny outputs; a thousand pages is a few seconds of work and a few MB of output.
    /// </summary>
    public const int PagesPerPart = 1000;

    /// <summary>
    /// All parts of the inputs, in order; a missing input is a part with its <see cref="BatchPart.Problem"/>. A
    /// folder's files under <paramref name="output"/> (the output folder) are left out.
    /// </summary>
    public static List<BatchPart> Parts(IReadOnlyList<string> inputs, string? output = null, IReadOnlyList<string>? urlLists = null)
    {
        var parts = new List<BatchPart>();
        // A URL list is one part, sorted among the other inputs by its path: task sharding hands out whole lists.
        var given = inputs.Distinct(StringComparer.Ordinal).Select(input => (Input: input, IsUrlList: false))
            .Concat((urlLists ?? []).Distinct(StringComparer.Ordinal).Select(list => (Input: list, IsUrlList: true)))
            .OrderBy(i => SortKey(i.Input), StringComparer.Ordinal).ThenBy(i => i.IsUrlList);
        foreach (var (input, isUrlList) in given)
        {
            if (isUrlList)
            {
                if (!File.Exists(input))
                    throw new FileNotFoundException($"no such URL list: {input}", input);
                parts.Add(new BatchPart(Path.GetFileName(input), input, null, 0, IsUrlList: true));
            }
            else if (input == "-")
                parts.Add(new BatchPart("stdin", "-", null, 0));
            else if (Directory.Exists(input))
                parts.AddRange(FolderParts(input, output));
            else if (File.Exists(input))
                parts.Add(new BatchPart(Path.GetFileName(input), input, null, new FileInfo(input).Length));
            else
                parts.Add(new BatchPart(Path.GetFileName(input), input, null, 0, $"no such file or folder: {input}"));
        }
        return Unique(parts);
    }

    /// <summary>The parts task <paramref name="index"/> of <paramref name="count"/> takes: every count-th, from index.</summary>
    public static List<BatchPart> ForTask(List<BatchPart> parts, int index, int count)
        => parts.Where((_, i) => i % count == index).ToList();

    private static string SortKey(string input) => input == "-" ? "" : Path.GetFullPath(input);

    private static IEnumerable<BatchPart> FolderParts(string folder, string? output)
    {
        var root = Path.GetFullPath(folder);
        var pages = FileKinds.Search(root, path => FileKinds.IsPage(path) || FileKinds.IsText(path), output);
        var name = Path.GetFileName(root.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        for (int start = 0, run = 0; start < pages.Count; start += PagesPerPart, run++)
        {
            var slice = pages.GetRange(start, Math.Min(PagesPerPart, pages.Count - start));
            yield return new BatchPart($"{name}-{run:D5}", root, slice, slice.Sum(p => new FileInfo(p).Length));
        }
    }

    // Two inputs may share a file name (a/x.warc.gz, b/x.warc.gz): later ones get -2, -3, in input order.
    private static List<BatchPart> Unique(List<BatchPart> parts)
    {
        var names = new UniqueNames();
        return parts.ConvertAll(part => part with { Name = names.Claim(part.Name) });
    }
}
