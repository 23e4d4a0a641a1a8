using System.Diagnostics;
using System.Text;
using Lede.Tests.Output;

namespace Lede.Tests.Batch;

/// <summary>
/// The one-node Slurm cluster of deploy/slurm/start-local.sh, started on first use (the script does nothing when
/// it is up), and job arrays submitted to it with <c>sbatch --wait</c>. Tests skip with the script's reason where
/// it cannot start: no slurm-wlm or munge installed, not root.
/// </summary>
internal static class SlurmCluster
{
    static readonly Lazy<(string? Conf, string Reason)> Started = new(Start);

    /// <summary>The cluster's slurm.conf, after skipping the test when the cluster cannot run here.</summary>
    public static string Require()
    {
        var (conf, reason) = Started.Value;
        Skip.If(conf is null, reason);
        return conf!;
    }

    static (string?, string) Start()
    {
        if (!OperatingSystem.IsLinux())
            return (null, "the local Slurm cluster is started on Linux only");
        var dir = Path.Combine(Path.GetTempPath(), "lede-slurm");
        var (code, output) = Run("bash", [RepoFiles.Path("deploy/slurm/start-local.sh")], new() { ["LEDE_SLURM_DIR"] = dir }, TimeSpan.FromMinutes(2));
        return code == 0 ? (Path.Combine(dir, "slurm.conf"), "") : (null, $"no Slurm cluster here: {output.Trim()}");
    }

    /// <summary>
    /// Submits <paramref name="script"/> as a job array of <paramref name="tasks"/> and waits for all of them; each
    /// task's stdout and stderr go to <paramref name="logs"/>/&lt;index&gt;.out. The exit code is sbatch's: the
    /// highest of the tasks'.
    /// </summary>
    public static (int ExitCode, string Output) SubmitArray(string conf, string script, int tasks, string logs, TimeSpan limit)
    {
        Directory.CreateDirectory(logs);
        var path = Path.Combine(logs, "job.sh");
        File.WriteAllText(path, script);
        return Run("sbatch", ["--wait", $"--array=0-{tasks - 1}", "--job-name=lede-test", $"--output={logs}/%a.out", path],
            new() { ["SLURM_CONF"] = conf }, limit);
    }

    static (int, string) Run(string file, string[] args, Dictionary<string, string> environment, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (127, $"{file}: {e.Message}");
        }
        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(limit))
            {
                process.Kill(entireProcessTree: true);
                return (124, $"{file} ran past {limit}: {output}");
            }
            process.WaitForExit();
            lock (output) return (process.ExitCode, output.ToString());
        }
    }
}
