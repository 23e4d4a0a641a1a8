using System.Reflection;
using Lede.Cli;
using Lede.Tests.Cli;

namespace Lede.Tests.Packaging;

/// <summary>The command calls itself <c>lede</c>, whatever its assembly is named, and reports the one version.</summary>
public sealed class CommandNameTests
{
    [Fact]
    public void HelpShowsTheCommandAsUsersTypeIt()
    {
        var run = CliProcess.Run("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  lede [command] [options]", run.Stdout.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Lede.Cli", run.Stdout);
    }

    [Fact]
    public void ASubcommandsHelpNamesLede()
    {
        var run = CliProcess.Run("extract", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("lede extract <inputs>... [options]", run.Stdout);
    }

    [Fact]
    public void AUsageErrorShowsLedesUsage()
    {
        var run = CliProcess.Run("--no-such-option");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--no-such-option", run.Stderr);
        Assert.Contains("try 'lede --help'", run.Stderr); // one line and a hint: the usage itself only on --help
        Assert.DoesNotContain("Lede.Cli", run.Stdout + run.Stderr);
    }

    [Fact]
    public void VersionIsTheLibrarysFromTheOnePlaceItIsSet()
    {
        var run = CliProcess.Run("--version");
        Assert.Equal(0, run.ExitCode);
        string library = typeof(Extractor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(library, run.Stdout.Trim());
        Assert.StartsWith(ProjectVersion.Prefix, library);
        Assert.StartsWith(ProjectVersion.Prefix, LedeVersion.Value);
        Assert.DoesNotContain("+", LedeVersion.Value);
    }
}
