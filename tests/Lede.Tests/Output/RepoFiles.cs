namespace Lede.Tests.Output;

/// <summary>Finds files checked into the repository (docs/…) from the test's output folder.</summary>
internal static class RepoFiles
{
    /// <summary>The full path of <paramref name="relativePath"/>, found by walking up to the folder that holds Lede.slnx.</summary>
    public static string Path(string relativePath)
    {
        foreach (string start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lede.slnx"))) return System.IO.Path.Combine(dir.FullName, relativePath);
            }
        }
        throw new FileNotFoundException($"No Lede.slnx above {AppContext.BaseDirectory}, so {relativePath} cannot be found.");
    }

    public static string Read(string relativePath) => File.ReadAllText(Path(relativePath));
}
