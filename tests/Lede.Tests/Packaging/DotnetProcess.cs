using System.Diagnostics;
using System.Text;
using Lede.Tests.Cli;

namespace Lede.Tests.Packaging;

/// <summary>Runs the dotnet host, or a program it installed, as a separate process with a time limit.</summary>
internal static class DotnetProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);

    /// <summary>The dotnet host the tests run under (the SDK names it), else the one on PATH.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";

    /// <summary>The test assembly's build configuration (bin/Release/net10.0 → Release): packing reuses that build.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="args"/>; <paramref name="environment"/> adds or overrides
    /// variables; it fails the test past <paramref name="limit"/> (default four minutes).
    /// </summary>
    public static CliRun Run(string program, IEnumerable<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit ?? Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} ran past {limit ?? Limit}");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs the dotnet host with <paramref name="args"/>.</summary>
    public static CliRun Dotnet(string workingDirectory, params string[] args) => Run(Host, args, workingDirectory);
}
