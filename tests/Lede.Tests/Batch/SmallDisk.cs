using System.ComponentModel;
using Lede.Tests.Packaging;

namespace Lede.Tests.Batch;

/// <summary>
/// A disk that fills up: a tmpfs of a given size mounted on a fresh folder, grown in place when asked, and unmounted
/// on dispose. Mounting needs Linux and root; a test skips, with the reason, where it cannot mount.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    /// <summary>The folder the disk is mounted on.</summary>
    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="bytes"/> (rounded up to whole pages), or skips the test.</summary>
    public static SmallDisk Mount(long bytes)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "a small disk is a tmpfs, which only Linux mounts");
        Skip.IfNot(Environment.IsPrivilegedProcess, "mounting a tmpfs needs root");
        var path = TempFolder.Create();
        var (code, output) = Run("mount", "-t", "tmpfs", "-o", $"size={bytes}", "tmpfs", path);
        Skip.If(code != 0, $"cannot mount a tmpfs here: {output}");
        return new SmallDisk(path);
    }

    /// <summary>Makes room: the same disk, with what it holds, now <paramref name="bytes"/> large.</summary>
    public void Grow(long bytes)
    {
        var (code, output) = Run("mount", "-o", $"remount,size={bytes}", Path);
        Assert.True(code == 0, $"cannot grow the tmpfs: {output}");
    }

    public void Dispose()
    {
        // Lazy: a process the test left running must not keep the mount for ever.
        Run("umount", "--lazy", Path);
    }

    private static (int Code, string Output) Run(string program, params string[] args)
    {
        try
        {
            var run = DotnetProcess.Run(program, args, System.IO.Path.GetTempPath());
            return (run.ExitCode, (run.Stderr + run.Stdout).Trim());
        }
        catch (Win32Exception e)
        {
            return (127, $"{program}: {e.Message}");
        }
    }
}
