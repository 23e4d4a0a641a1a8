using System.Diagnostics;

namespace Lede.Tests.Html;

/// <summary>How one case ended.</summary>
/// <param name="Case">The case.</param>
/// <param name="Actual">The parser's dump; null when it timed out or threw.</param>
/// <param name="Difference">The first difference from the expected dump; null when the dumps are equal or there is no dump.</param>
/// <param name="Error">Why there is no dump ("timed out after 10 s", or the exception); null when there is one.</param>
internal sealed record CaseResult(TreeConstructionCase Case, string? Actual, TreeDumpDifference? Difference, string? Error)
{
    /// <summary>Whether the parser built the expected tree.</summary>
    public bool Passed => Actual is not null && Difference is null;

    /// <summary>One line on why the case failed (the first differing line, or the error); empty when it passed.</summary>
    public string Why => Error ?? Difference?.Summary ?? "";
}

/// <summary>A run over the suite.</summary>
/// <param name="Results">The cases run, in suite order.</param>
/// <param name="SkippedScriptOn">How many cases were not run because they hold only with scripting on.</param>
/// <param name="Elapsed">The time the run took.</param>
internal sealed record ConformanceRun(IReadOnlyList<CaseResult> Results, int SkippedScriptOn, TimeSpan Elapsed)
{
    /// <summary>How many cases passed.</summary>
    public int Passed => Results.Count(result => result.Passed);

    /// <summary>The failed cases, in suite order.</summary>
    public IEnumerable<CaseResult> Failures => Results.Where(result => !result.Passed);

    /// <summary>One line: passed out of run, and what was skipped.</summary>
    public string Summary => $"{Passed} of {Results.Count} cases passed ({(double)Passed / Math.Max(1, Results.Count):P1}); "
        + $"{SkippedScriptOn} script-on-only cases skipped; {Elapsed.TotalSeconds:0.0} s";
}

/// <summary>
/// Runs html5lib tree-construction cases against any parser, given as a delegate from the markup and the fragment
/// context (null for a document) to the tree in html5lib's format (see <see cref="TreeConstructionCase.Expected"/>).
/// Cases run with scripting off, as an extractor parses, so script-on-only cases are skipped and counted.
/// </summary>
internal static class TreeConformance
{
    /// <summary>How long one case may take by default; a parse of these few bytes that takes longer is a hang.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Runs the cases one after another, each on a task given <paramref name="perCaseTimeout"/> to finish.</summary>
    /// <remarks>
    /// A case that times out counts as a failure and its thread is abandoned (a parse cannot be stopped from outside),
    /// so a parser that hangs costs the run its timeout and a thread, never the run itself.
    /// </remarks>
    public static ConformanceRun Run(
        IEnumerable<TreeConstructionCase> cases, Func<string, FragmentContext?, string> parse, TimeSpan? perCaseTimeout = null)
    {
        var timeout = perCaseTimeout ?? DefaultTimeout;
        var results = new List<CaseResult>();
        int skipped = 0;
        var clock = Stopwatch.StartNew();
        foreach (var @case in cases)
        {
            if (@case.Scripting == ScriptingMode.OnOnly)
            {
                skipped++;
                continue;
            }
            results.Add(RunOne(@case, parse, timeout));
        }
        return new ConformanceRun(results, skipped, clock.Elapsed);
    }

    private static CaseResult RunOne(TreeConstructionCase @case, Func<string, FragmentContext?, string> parse, TimeSpan timeout)
    {
        // A thread of its own, not the pool's: with the pool's threads busy (tests run in parallel, and a case that
        // hung keeps one), a pooled case could wait past its timeout before it even started.
        var task = Task.Factory.StartNew(() => parse(@case.Data, @case.Fragment), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!task.Wait(timeout))
                return new CaseResult(@case, null, null, $"timed out after {timeout.TotalSeconds:0.#} s");
        }
        catch (AggregateException failed)
        {
            var inner = failed.InnerException ?? failed;
            return new CaseResult(@case, null, null, $"threw {inner.GetType().Name}: {inner.Message}");
        }
        return new CaseResult(@case, task.Result, TreeDumpDiff.First(@case.Expected, task.Result), null);
    }
}
