using System.Runtime.InteropServices;
using Lede.Tests.Cli;
using Lede.Tests.Output;
using Lede.Tests.Packaging;

namespace Lede.Tests.Native;

/// <summary>The native build's tests run alone: the ahead-of-time compiler takes both cores for a minute or more.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeBuildCollection : ICollectionFixture<NativeBuild>
{
    public const string Name = "Native build";
}

/// <summary>
/// The command published native, as the README says (<c>dotnet publish src/Lede.Cli -c Release -r RID
/// -p:PublishAot=true</c>), once for all its tests. The sources are copied first (without bin and obj), so that the
/// publish neither rebuilds nor races the build the other tests run on. Skipped, with the reason, where a native
/// build cannot be made: not Linux on x64 or Arm64, or no clang (the linker driver the compiler needs).
/// </summary>
public sealed class NativeBuild
{
    private static readonly TimeSpan PublishLimit = TimeSpan.FromMinutes(15);

    public NativeBuild()
    {
        SkipReason = WhyNot();
        if (SkipReason is not null)
            return;
        var sources = TempFolder.Create();
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "LICENSE", "README.md" })
            File.Copy(RepoFiles.Path(file), Path.Combine(sources, file));
        foreach (var folder in new[] { "build", "src" })
            CopySources(RepoFiles.Path(folder), Path.Combine(sources, folder));
        Folder = Path.Combine(sources, "artifacts", "native");
        var rid = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        Publish = DotnetProcess.Run(DotnetProcess.Host,
            ["publish", Path.Combine(sources, "src", "Lede.Cli", "Lede.Cli.csproj"), "-c", "Release", "-r", rid, "-p:PublishAot=true", "-o", Folder],
            sources, limit: PublishLimit);
    }

    /// <summary>Why there is no native build here, or null when there is one.</summary>
    public string? SkipReason { get; }

    /// <summary>What <c>dotnet publish</c> did.</summary>
    internal CliRun? Publish { get; }

    /// <summary>The publish folder.</summary>
    public string Folder { get; } = "";

    /// <summary>The native command.</summary>
    public string Command => Path.Combine(Folder, "lede");

    /// <summary>Runs the native command with <paramref name="args"/> in a fresh folder.</summary>
    internal CliRun Run(params string[] args)
    {
        Assert.True(Publish is { ExitCode: 0 }, $"the native build failed:\n{Publish?.Stdout}\n{Publish?.Stderr}");
        return DotnetProcess.Run(Command, args, TempFolder.Create());
    }

    private static string? WhyNot()
    {
        if (!OperatingSystem.IsLinux())
            return "the native build is tested on Linux only";
        if (RuntimeInformation.OSArchitecture is not (Architecture.X64 or Architecture.Arm64))
            return $"no native build for {RuntimeInformation.OSArchitecture}";
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        if (!path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(dir => File.Exists(Path.Combine(dir, "clang"))))
            return "no clang on PATH: native AOT links with it (apt-get install clang zlib1g-dev; .ci/run installs them)";
        return null;
    }

    private static void CopySources(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
        {
            if (Path.GetFileName(dir) is not ("bin" or "obj"))
                CopySources(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
