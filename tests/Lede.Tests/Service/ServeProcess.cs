using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Lede.Tests.Service;

/// <summary>A running <c>lede serve --urls http://127.0.0.1:0</c>, and the address it said it listens on.</summary>
internal sealed partial class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServeProcess(Process process) => _process = process;

    public string Url { get; private set; } = "";

    /// <summary>What it wrote so far, stdout and stderr.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the built command (<c>dotnet Lede.Cli.dll</c>) serving, with <paramref name="args"/> added.</summary>
    public static Task<ServeProcess> StartAsync(params string[] args)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        return StartCommandAsync([host, Path.Combine(AppContext.BaseDirectory, "Lede.Cli.dll")], args);
    }

    /// <summary>Starts <paramref name="command"/> (a program and its first arguments: a build of lede) serving, with <paramref name="args"/> added.</summary>
    public static async Task<ServeProcess> StartCommandAsync(string[] command, params string[] args)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = TempFolder.Create(),
        };
        foreach (var arg in (string[])[.. command[1..], "serve", "--urls", "http://127.0.0.1:0", .. args])
            start.ArgumentList.Add(arg);
        var serve = new ServeProcess(Process.Start(start)!);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Line(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (serve._output) serve._output.AppendLine(e.Data);
            if (ListeningOn().Match(e.Data) is { Success: true } m)
                listening.TrySetResult(m.Groups[1].Value);
        }
        serve._process.OutputDataReceived += Line;
        serve._process.ErrorDataReceived += Line;
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        var first = await Task.WhenAny(listening.Task, serve._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == listening.Task, $"lede serve did not start:\n{serve.Output}");
        serve.Url = listening.Task.Result;
        return serve;
    }

    /// <summary>Sends a Unix signal (TERM, INT) to the process.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", $"-{name} {_process.Id}");
        kill.WaitForExit();
    }

    /// <summary>The exit code, once it has stopped (within a minute).</summary>
    public async Task<int> ExitAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await _process.WaitForExitAsync(limit.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Signal("TERM");
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try { await _process.WaitForExitAsync(limit.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
