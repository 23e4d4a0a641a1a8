namespace Lede.Extraction;

/// <summary>One step of <c>ArticlePipeline</c>, and the part of the output it serves: it is skipped when the caller leaves that part out.</summary>
internal readonly record struct Stage(Action<ExtractionContext> Run, PipelineParts Part)
{
    /// <summary>Runs <paramref name="stages"/> in order, those of the parts the caller asked for.</summary>
    public static void RunAll(ExtractionContext context, Stage[] stages)
    {
        var parts = context.Options.Parts;
        foreach (var (run, part) in stages)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if ((parts & part) == part) run(context);
        }
    }
}
