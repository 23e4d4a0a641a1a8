namespace Lede.Tests;

/// <summary>Fresh folders under the system temp folder for files a test writes.</summary>
internal static class TempFolder
{
    /// <summary>Creates an empty folder and returns its path.</summary>
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "lede-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes <paramref name="bytes"/> to a new file named <paramref name="name"/> and returns its path.</summary>
    public static string File(string name, byte[] bytes)
    {
        var path = Path.Combine(Create(), name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }
}
