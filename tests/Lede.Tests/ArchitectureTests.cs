using System.Text.RegularExpressions;
using Lede.Tests.Output;

namespace Lede.Tests;

/// <summary>
/// The library's shape, read from its sources: which part (a folder of src/Lede) names which — by a <c>using</c> line or a
/// qualified name, comments left out — with no cycle among them; AngleSharp named in one file only; no file too long.
/// </summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Library = RepoFiles.Path("src/Lede");

    private static readonly string[] Parts = Directory.GetDirectories(Library)
        .Select(Path.GetFileName).Where(name => name is not ("bin" or "obj")).ToArray()!;

    [Fact]
    public void NoPartDependsOnAPartThatDependsOnIt()
    {
        var graph = Dependencies();
        Assert.Contains("Content", graph.Keys); // the reading works: the pipeline's parts are found
        Assert.Contains("Pages", graph["Content"]);
        foreach (var (part, uses) in graph)
            foreach (var used in uses)
                Assert.False(Reaches(graph, used, part), $"{part} → {used} → … → {part}: a cycle between the library's parts");
    }

    [Fact]
    public void OnlyTheDocumentAdapterNamesAngleSharp()
    {
        var naming = Sources()
            .Where(file => Code(File.ReadAllText(file)).Contains("AngleSharp", StringComparison.Ordinal))
            .Select(file => Path.GetRelativePath(Library, file).Replace('\\', '/'))
            .Where(file => file != "Extractor.cs") // Extract(IDocument): the public overload that takes a caller's document
            .ToList();
        Assert.Equal(["Html/DocumentAdapter.cs"], naming);
    }

    [Fact]
    public void NoSourceFileRunsPastFourHundredLines()
    {
        var longer = Sources().Where(file => !file.EndsWith(".g.cs", StringComparison.Ordinal))
            .Select(file => (File: Path.GetRelativePath(Library, file), Lines: File.ReadLines(file).Count()))
            .Where(file => file.Lines > 420).Select(file => $"{file.File}: {file.Lines} lines").ToList();
        Assert.Empty(longer);
    }

    [Fact]
    public void TheCommandUsesOnlyTheLibrarysPublicApi()
    {
        var friends = typeof(Extractor).Assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();
        Assert.Contains("Lede.Tests", friends); // the reading works
        Assert.DoesNotContain("Lede.Cli", friends);
        Assert.True(typeof(Lede.Warc.WarcReader).IsPublic, "WARC reading is public API");
    }

    // Part → the parts its files name. Files at the root (the facade, the model's records, the options) are "Lede".
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var file in Sources())
        {
            var relative = Path.GetRelativePath(Library, file).Replace('\\', '/');
            var part = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "Lede";
            var code = Code(File.ReadAllText(file));
            if (!graph.TryGetValue(part, out var uses))
                graph[part] = uses = [];
            foreach (var other in Parts)
                if (other != part && Regex.IsMatch(code, $@"(^using Lede\.{other}(\.[\w.]+)?;)|((?<![\w.])(Lede\.)?{other}\.[A-Z]\w*)", RegexOptions.Multiline))
                    uses.Add(other);
        }
        return graph;
    }

    private static bool Reaches(Dictionary<string, HashSet<string>> graph, string from, string to)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part == to) return true;
            if (!seen.Add(part)) continue;
            foreach (var next in graph.GetValueOrDefault(part) ?? []) pending.Push(next);
        }
        return false;
    }

    private static IEnumerable<string> Sources() => Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
        .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    // The code without its comments (doc comments name other parts in crefs; that is not a dependency).
    private static string Code(string source) => LineComment().Replace(source, "");

    [GeneratedRegex("//.*")]
    private static partial Regex LineComment();
}
