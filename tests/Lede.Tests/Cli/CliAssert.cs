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
}
