using System.IO.Compression;
using System.Text.RegularExpressions;
using Lede.Tests.Output;

namespace Lede.Tests.Packaging;

/// <summary>The packages as nuget.org and a user would see them: metadata, symbols, and the tool installed and run.</summary>
public sealed class PackageTests(PackedPackages packed) : IClassFixture<PackedPackages>
{
    [Fact]
    public void PackingGivesNoWarning()
    {
        Assert.Equal(2, packed.Output.Count);
        foreach (var output in packed.Output)
        {
            Assert.DoesNotContain("warning", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("missing a readme", output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("Lede")]
    [InlineData("Lede.Cli")]
    public void TheNuspecHasLicenceReadmeRepositoryAndADescription(string id)
    {
        var nuspec = packed.Nuspec(id);
        string Field(string name) => nuspec.Element(name)?.Value ?? "";

        var license = nuspec.Element("license");
        Assert.Equal("expression", license?.Attribute("type")?.Value);
        Assert.Equal("MIT", license?.Value);
        Assert.Equal("README.md", Field("readme"));
        Assert.Contains("README.md", packed.Entries(id, ".nupkg"));
        var repository = nuspec.Element("repository");
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository?.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository?.Attribute("commit")?.Value ?? "");
        Assert.StartsWith("https://", Field("projectUrl"));
        Assert.NotEqual("", Field("authors"));
        Assert.Contains("article-extraction", Field("tags"));
        Assert.StartsWith(ProjectVersion.Prefix, Field("version"));
        Assert.True(Field("description").Length > 40, $"{id}: description too short: {Field("description")}");
        Assert.DoesNotContain("Package Description", Field("description"));
    }

    [Fact]
    public void TheToolSaysWhatItIs()
    {
        Assert.Contains("lede command", packed.Nuspec("Lede.Cli").Element("description")!.Value);
        Assert.Contains("dotnet-tool", packed.Nuspec("Lede.Cli").Element("tags")!.Value);
    }

    [Fact]
    public void ThePackageReadmeIsTheOneUnderSrc()
    {
        using var zip = ZipFile.OpenRead(packed.File("Lede", ".nupkg"));
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.Equal(RepoFiles.Read("src/README.md").ReplaceLineEndings(), reader.ReadToEnd().ReplaceLineEndings());
    }

    [Theory]
    [InlineData("Lede", "lib/net10.0/Lede.pdb")]
    [InlineData("Lede.Cli", "tools/net10.0/any/Lede.Cli.pdb")]
    public void ASymbolsPackageHoldsThePdbs(string id, string pdb)
    {
        Assert.Contains(pdb, packed.Entries(id, ".snupkg"));
        // The library's package leaves its pdb to the symbols package; a tool's carries its whole publish folder.
        if (id == "Lede")
            Assert.DoesNotContain(packed.Entries(id, ".nupkg"), entry => entry.EndsWith(".pdb", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void ThePdbMapsTheSourcesToTheRepositoryAtTheCommit()
    {
        string root = Path.GetDirectoryName(RepoFiles.Path("Lede.slnx"))!;
        Skip.IfNot(Path.Exists(Path.Combine(root, ".git")), "not a git checkout: Source Link has no commit to point at");

        using var zip = ZipFile.OpenRead(packed.File("Lede", ".snupkg"));
        using var stream = zip.GetEntry("lib/net10.0/Lede.pdb")!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var (map, documents) = SourceLinkReader.Read(copy.ToArray());

        var (prefix, url) = Assert.Single(map);
        Assert.Matches(new Regex("^https://raw\\.githubusercontent\\.com/[^/]+/[^/]+/[0-9a-f]{40}/\\*$"), url);
        Assert.EndsWith("*", prefix);
        var extractor = Assert.Single(documents, d => d.Replace('\\', '/').EndsWith("/src/Lede/Extractor.cs", StringComparison.Ordinal));
        Assert.StartsWith(prefix.TrimEnd('*'), extractor);
    }

    [Fact]
    public void TheToolInstallsFromThePackageAndCallsItselfLede()
    {
        string work = TempFolder.Create();
        // Only the packed folder as a source, and a packages folder of its own: no network, and no stale copy of
        // the same version from the user's NuGet cache.
        string config = Path.Combine(work, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="packed" value="{packed.Folder}" />
              </packageSources>
            </configuration>
            """);
        string tools = Path.Combine(work, "tools");
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
            ["DOTNET_ROOT"] = Path.GetDirectoryName(Path.GetFullPath(ResolvedHost()))!,
        };

        var install = DotnetProcess.Run(DotnetProcess.Host,
            ["tool", "install", "Lede.Cli", "--tool-path", tools, "--configfile", config, "--version", ProjectVersion.Prefix], work, environment);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed ({install.ExitCode}):\n{install.Stdout}\n{install.Stderr}");

        string lede = Path.Combine(tools, OperatingSystem.IsWindows() ? "lede.exe" : "lede");
        Assert.True(File.Exists(lede), $"the tool's command is missing: {lede}");
        var help = DotnetProcess.Run(lede, ["--help"], work, environment);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage:\n  lede [command] [options]", help.Stdout.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Lede.Cli", help.Stdout);

        var version = DotnetProcess.Run(lede, ["--version"], work, environment);
        Assert.StartsWith(ProjectVersion.Prefix, version.Stdout.Trim());
    }

    // DOTNET_HOST_PATH is a full path; "dotnet" from PATH is looked up so the tool's launcher finds the same runtime.
    private static string ResolvedHost()
    {
        if (Path.IsPathRooted(DotnetProcess.Host)) return DotnetProcess.Host;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, DotnetProcess.Host);
            if (File.Exists(candidate)) return new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
        }
        return DotnetProcess.Host;
    }
}
