using System.Text.Json;

namespace Lede.Tests.Batch;

/// <summary>
/// Reads a batch output folder the way the fault tests judge it: the parts under their final names, the partials
/// left beside them, every document's id, and whether two folders are the same, file for file and byte for byte.
/// </summary>
internal static class OutputTree
{
    private const string Partial = ".partial";

    /// <summary>The parts under their final names (a .jsonl file, or a folder for <c>--format text</c>), in name order.</summary>
    public static List<string> Parts(string folder) => Names(folder).Where(name => !name.EndsWith(Partial, StringComparison.Ordinal)).ToList();

    /// <summary>What an unfinished part left: files and folders named <c>*.partial</c>.</summary>
    public static List<string> Partials(string folder) => Names(folder).Where(name => name.EndsWith(Partial, StringComparison.Ordinal)).ToList();

    /// <summary>The bytes on disk in what the partials hold.</summary>
    public static long PartialBytes(string folder)
        => Partials(folder).Select(name => Path.Combine(folder, name))
            .Sum(path => File.Exists(path) ? new FileInfo(path).Length : Directory.GetFiles(path).Sum(file => new FileInfo(file).Length));

    /// <summary>The id of every line of every part (a .jsonl part, or a text part's index.jsonl), in folder then line order.</summary>
    public static List<string> Ids(string folder)
        => Directory.GetFiles(folder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList();

    /// <summary>Asserts that <paramref name="actual"/> holds what <paramref name="expected"/> holds: the same entries, each file the same bytes.</summary>
    public static void AssertSame(string expected, string actual)
    {
        Assert.Equal(Names(expected), Names(actual));
        foreach (var name in Names(expected))
            AssertSamePart(expected, actual, name);
    }

    /// <summary>Asserts that the part <paramref name="name"/> (a file, or a folder with all it holds) is the same in both folders.</summary>
    public static void AssertSamePart(string expected, string actual, string name)
    {
        var want = Path.Combine(expected, name);
        var got = Path.Combine(actual, name);
        if (File.Exists(want))
        {
            AssertSameFile(want, got);
            return;
        }
        Assert.True(Directory.Exists(got), $"{got} is missing");
        // The listing is sorted, not the files: a folder's order of entries is no part of the output.
        var entries = Entries(want);
        Assert.Equal(entries, Entries(got));
        foreach (var entry in entries.Where(e => File.Exists(Path.Combine(want, e))))
            AssertSameFile(Path.Combine(want, entry), Path.Combine(got, entry));
    }

    private static void AssertSameFile(string expected, string actual)
    {
        Assert.True(File.Exists(actual), $"{actual} is missing");
        var want = File.ReadAllBytes(expected);
        var got = File.ReadAllBytes(actual);
        int at = want.AsSpan().CommonPrefixLength(got);
        Assert.True(at == want.Length && at == got.Length,
            $"{actual} differs from {expected} at byte {at:N0} ({got.Length:N0} bytes, {want.Length:N0} expected)");
    }

    private static List<string> Names(string folder)
        => Directory.GetFileSystemEntries(folder).Select(entry => Path.GetFileName(entry)).Order(StringComparer.Ordinal).ToList();

    private static List<string> Entries(string folder)
        => Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(entry => Path.GetRelativePath(folder, entry)).Order(StringComparer.Ordinal).ToList();
}
