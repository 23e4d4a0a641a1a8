using System.Diagnostics;
using System.Text;

namespace Lede.Tests.Cli;

/// <summary>What one run of the built <c>lede</c> command did.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the built command as a separate process (<c>dotnet Lede.Cli.dll …</c>), as a user would: the test
/// project references Lede.Cli, so its dll sits next to the test assembly.
/// </summary>
internal static class CliProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>lede</c> with <paramref name="args"/>, feeding <paramref name="stdin"/> when given, in a fresh temporary folder.</summary>
    public static CliRun Run(byte[]? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll");
        Assert.True(File.Exists(dll), $"the built CLI is missing: {dll}");
        // The SDK names the dotnet host it runs tests with; fall back to the one on PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = TempFolder.Create(),
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"lede {string.Join(' ', args)} ran past {Limit}");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs <c>lede</c> with <paramref name="args"/> and an empty stdin.</summary>
    public static CliRun Run(params string[] args) => Run(null, args);

    /// <summary>
    /// Starts <c>lede</c> with <paramref name="args"/> and leaves it running, its output read and dropped: for tests
    /// that stop it themselves (a kill half-way).
    /// </summary>
    public static Process Start(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return process;
    }
}
