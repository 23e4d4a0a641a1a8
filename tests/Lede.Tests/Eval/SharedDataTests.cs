using Lede.Cli.Eval;

namespace Lede.Tests.Eval;

public sealed class SharedDataTests
{
    [Fact]
    public void EnvironmentVariableWins()
    {
        var named = TempFolder.Create();

        Assert.Equal(Path.GetFullPath(named), SharedData.Find(named, [TempFolder.Create()]));
    }

    [Fact]
    public void WalksUpToASharedFolderWithBenchmarks()
    {
        var top = TempFolder.Create();
        Directory.CreateDirectory(Path.Combine(top, "shared", "benchmarks"));
        var deep = Path.Combine(top, "repo", "tests", "bin");
        Directory.CreateDirectory(deep);

        Assert.Equal(Path.Combine(top, "shared"), SharedData.Find(null, [deep]));
    }

    [Fact]
    public void IgnoresASharedFolderWithoutBenchmarks()
    {
        var top = TempFolder.Create();
        Directory.CreateDirectory(Path.Combine(top, "shared"));
        var deep = Path.Combine(top, "repo");
        Directory.CreateDirectory(deep);

        // Whatever an ancestor of the temp folder holds, it is not this empty "shared".
        Assert.NotEqual(Path.Combine(top, "shared"), SharedData.Find(null, [deep]));
    }
}
