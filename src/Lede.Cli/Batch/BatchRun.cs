namespace Lede.Cli.Batch;

/// <summary>
/// One <c>lede batch</c> run: plans the parts, checks that the output can be written, runs the pipeline with or
/// without live progress, and ends with the summary. Only a batch that could not run, or could not read an input
/// (missing or unreadable: its part is skipped, the others written), returns non-zero.
/// </summary>
internal static class BatchRun
{
    public static async Task<int> RunAsync(BatchSettings settings, TextWriter error, CancellationToken cancellationToken)
    {
        List<BatchPart> parts;
        try
        {
            parts = InputPlan.ForTask(InputPlan.Parts(settings.Inputs, settings.Output, settings.UrlLists), settings.TaskIndex, settings.TaskCount);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UserErrors.Fail(error, $"cannot read the inputs: {e.Message}");
        }
        if (OutputProblem(settings.Output) is { } problem)
            return UserErrors.Fail(error, $"cannot write to the output folder {settings.Output}: {problem}");

        var stats = new BatchStats();
        // A missing input costs its own part only: the others are written, and the exit code says it at the end.
        foreach (var part in parts.Where(p => p.Problem is not null))
        {
            UserErrors.Line(error, $"{part.Problem} (skipped)");
            stats.InputsMissing++;
        }
        parts.RemoveAll(p => p.Problem is not null);
        bool text = settings.Format == "text";
        var todo = new List<BatchPart>();
        foreach (var part in parts)
        {
            if (settings.Resume && PartWriter.IsComplete(settings.Output, part, text))
                stats.PartsResumed++;
            else
                todo.Add(part);
        }
        // How much a URL list will fetch is not known beforehand.
        stats.TotalBytes = todo.Any(p => p.IsStdin || p.IsUrlList) ? 0 : todo.Sum(p => p.Bytes);

        var runner = new BatchRunner(settings, stats, error);
        var run = runner.RunAsync(todo, cancellationToken);
        bool inputsRead;
        try
        {
            if (BatchProgress.Wanted(settings.Quiet))
                await BatchProgress.ShowAsync(stats, run);
            inputsRead = await run;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return UserErrors.Fail(error, "cancelled; complete parts are kept, run again with --resume");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UserErrors.Fail(error, $"cannot write to the output folder {settings.Output}: {e.Message}");
        }
        catch (OutOfMemoryException)
        {
            return UserErrors.Fail(error, $"out of memory; lower --jobs or --max-bytes, and run again with --resume");
        }
        error.WriteLine(BatchSummary.Format(stats));
        return inputsRead && stats.InputsMissing == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    // Fails early, before any reading, with one clear reason: a batch that cannot write must not start.
    private static string? OutputProblem(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".lede-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }
}
