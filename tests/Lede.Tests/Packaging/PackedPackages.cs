using System.IO.Compression;
using System.Xml.Linq;
using Lede.Tests.Output;

namespace Lede.Tests.Packaging;

/// <summary>
/// The library and the tool packed once, from the build the tests run on (<c>dotnet pack --no-build</c>, so packing
/// neither rebuilds nor races the test run), into a fresh folder.
/// </summary>
public sealed class PackedPackages
{
    public PackedPackages()
    {
        Folder = TempFolder.Create();
        foreach (var project in new[] { "src/Lede/Lede.csproj", "src/Lede.Cli/Lede.Cli.csproj" })
        {
            var run = DotnetProcess.Dotnet(Folder, "pack", RepoFiles.Path(project), "--no-build", "-c", DotnetProcess.Configuration, "-o", Folder);
            Output.Add(run.Stdout + run.Stderr);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"dotnet pack {project} failed ({run.ExitCode}):\n{run.Stdout}\n{run.Stderr}");
        }
    }

    /// <summary>The folder holding the .nupkg and .snupkg files.</summary>
    public string Folder { get; }

    /// <summary>What each <c>dotnet pack</c> printed, standard output and error.</summary>
    public List<string> Output { get; } = [];

    /// <summary>The one package of <paramref name="id"/> with the given extension (".nupkg" or ".snupkg").</summary>
    public string File(string id, string extension)
    {
        var files = Directory.GetFiles(Folder, id + ".*" + extension)
            .Where(path => char.IsDigit(Path.GetFileName(path)[id.Length + 1]))   // Lede.0.1.0, not Lede.Cli.0.1.0
            .ToList();
        return Assert.Single(files);
    }

    /// <summary>The package's nuspec, its namespace stripped so elements are found by local name.</summary>
    public XElement Nuspec(string id)
    {
        using var zip = ZipFile.OpenRead(File(id, ".nupkg"));
        var entry = zip.GetEntry(id + ".nuspec") ?? throw new InvalidOperationException($"no {id}.nuspec in the package");
        using var stream = entry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        foreach (var element in metadata.DescendantsAndSelf())
            element.Name = element.Name.LocalName;
        return metadata;
    }

    /// <summary>The names of the entries in one of the packages.</summary>
    public List<string> Entries(string id, string extension)
    {
        using var zip = ZipFile.OpenRead(File(id, extension));
        return [.. zip.Entries.Select(e => e.FullName)];
    }
}
