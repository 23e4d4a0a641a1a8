namespace Lede.Tests;

/// <summary>Tests whose assertions include a time bound run in this collection, never in parallel with others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    public const string Name = "Timed tests";
}

/// <summary>Runs an extraction off the test thread and checks that it ended within a time bound.</summary>
internal static class TimedRun
{
    public static async Task<ExtractionResult> Within(Func<ExtractionResult> extract, double seconds = 10)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await Task.Run(extract);
        Assert.True(watch.Elapsed.TotalSeconds < seconds, $"took {watch.Elapsed.TotalSeconds:F1} s (bound {seconds} s)");
        return result;
    }
}
