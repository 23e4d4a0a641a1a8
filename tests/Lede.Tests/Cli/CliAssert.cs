namespace Lede.Tests.Cli;

/// <summary>Checks shared by the CLI tests.</summary>
internal static class CliAssert
{
    /// <summary>A user error: exactly one <c>lede: …</c> line on stderr mentioning <paramref name="mentions"/>, and no stack trace.</summary>
    public static void OneErrorLine(CliRun run, string mentions)
    {
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("lede: ", line);
        Assert.Contains(mentions, line);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.DoesNotContain("Exception", run.Stderr);
    }

    /// <summary>
    /// A usage error: exit code 2, nothing on stdout, and on stderr exactly <c>lede: …</c> mentioning
    /// <paramref name="mentions"/> and <c>try '<paramref name="command"/> --help'</c>.
    /// </summary>
    public static void UsageError(CliRun run, string mentions, string command)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("lede: ", lines[0]);
        Assert.Contains(mentions, lines[0]);
        Assert.Equal($"try '{command} --help'", lines[1]);
    }
}
