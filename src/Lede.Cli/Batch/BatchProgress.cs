using System.Globalization;
using Spectre.Console;

namespace Lede.Cli.Batch;

/// <summary>
/// The live progress line on a terminal (stderr): documents, docs/s, MB/s, failures, and the ETA when the input's
/// size is known (files; not standard input). Off on a pipe or with <c>--quiet</c>.
/// </summary>
internal static class BatchProgress
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);

    /// <summary>True when stderr is a terminal, where a live display makes sense.</summary>
    public static bool Wanted(bool quiet) => !quiet && !Console.IsErrorRedirected;

    /// <summary>Shows the progress of <paramref name="run"/> until it ends.</summary>
    public static async Task ShowAsync(BatchStats stats, Task run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(stats.TotalBytes, 1));
                task.IsIndeterminate = stats.TotalBytes == 0;
                while (!run.IsCompleted)
                {
                    Update(task, stats);
                    await Task.WhenAny(run, Task.Delay(Tick));
                }
                Update(task, stats);
            });
    }

    private static void Update(ProgressTask task, BatchStats stats)
    {
        var seconds = Math.Max(stats.Elapsed.TotalSeconds, 1e-6);
        task.Description = string.Create(CultureInfo.InvariantCulture,
            $"{stats.Documents} docs  {stats.Documents / seconds:0.0} docs/s  {stats.BytesRead / seconds / 1e6:0.00} MB/s  {stats.Failures} failures");
        if (stats.TotalBytes > 0)
            task.Value = Math.Min(stats.BytesRead, stats.TotalBytes);
    }
}
