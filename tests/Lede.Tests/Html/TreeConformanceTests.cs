namespace Lede.Tests.Html;

/// <summary>The harness itself: the runner with stand-in parsers, the dump diff and the reports.</summary>
[Collection(TimedTests.Name)] // one test blocks the thread pool
public sealed class TreeConformanceTests
{
    private static TreeConstructionCase Case(int index, string data, string expected, ScriptingMode scripting = ScriptingMode.Both)
        => new("stub.dat", index, data, 0, null, scripting, expected);

    [Fact]
    public void RunsCasesSkipsScriptOnOnlyOnesAndCountsTimeoutsAndExceptionsAsFailures()
    {
        TreeConstructionCase[] cases =
        [
            Case(1, "same", "same"),
            Case(2, "other", "same"),
            Case(3, "hang", "x"),
            Case(4, "throw", "x"),
            Case(5, "same", "same", ScriptingMode.OnOnly),
            Case(6, "same", "same", ScriptingMode.OffOnly),
        ];
        using var release = new ManualResetEventSlim();
        string Parse(string markup, FragmentContext? context) => markup switch
        {
            "hang" => release.Wait(TimeSpan.FromSeconds(30)) ? "late" : "never",
            "throw" => throw new InvalidOperationException("no"),
            _ => markup,
        };

        var run = TreeConformance.Run(cases, Parse, TimeSpan.FromSeconds(2));
        release.Set();

        Assert.Equal([1, 2, 3, 4, 6], run.Results.Select(r => r.Case.Index));
        Assert.Equal(1, run.SkippedScriptOn);
        Assert.Equal(2, run.Passed);
        Assert.Equal([2, 3, 4], run.Failures.Select(r => r.Case.Index));
        Assert.Equal("line 1: expected 'same', actual 'other'", run.Results[1].Why);
        Assert.Equal("timed out after 2 s", run.Results[2].Why);
        Assert.Equal("threw InvalidOperationException: no", run.Results[3].Why);
        Assert.StartsWith("2 of 5 cases passed (40.0 %); 1 script-on-only cases skipped", run.Summary);
    }

    // Each case starts at once even when every pool thread is busy, as when the tests run in parallel and a case that
    // hung still holds one: on the pool, a case waited for a new thread past its timeout and was called a hang.
    [Fact]
    public void CasesRunWhileEveryPoolThreadIsBusy()
    {
        ThreadPool.GetMinThreads(out int workers, out _);
        var release = new ManualResetEventSlim(); // not disposed: blockers still queued when the test ends wait on it
        for (int i = 0; i < Math.Max(64, workers * 8); i++)
            ThreadPool.UnsafeQueueUserWorkItem(static r => r.Wait(), release, preferLocal: false);
        try
        {
            string Parse(string markup, FragmentContext? context) => markup == "throw" ? throw new InvalidOperationException("no") : markup;

            var run = TreeConformance.Run([Case(1, "same", "same"), Case(2, "throw", "x")], Parse, TimeSpan.FromSeconds(1));

            Assert.Equal(["", "threw InvalidOperationException: no"], run.Results.Select(r => r.Why));
            Assert.Equal(1, run.Passed);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public void DiffFindsTheFirstDifferingLineWithContext()
    {
        var difference = TreeDumpDiff.First("a\nb\nc\nd", "a\nb\nX\nd", context: 1);

        Assert.NotNull(difference);
        Assert.Equal((3, "c", "X"), (difference.Line, difference.Expected, difference.Actual));
        Assert.Equal("     2 | b\n>    3 | c\n     4 | d", difference.ExpectedContext);
        Assert.Equal("     2 | b\n>    3 | X\n     4 | d", difference.ActualContext);
        Assert.Null(TreeDumpDiff.First("a\nb", "a\nb"));
    }

    [Fact]
    public void DiffSaysWhereOneDumpEnds()
    {
        var shorter = TreeDumpDiff.First("a\nb", "a");

        Assert.NotNull(shorter);
        Assert.Equal("line 2: expected 'b', actual (end)", shorter.Summary);
        Assert.EndsWith("> (end)", shorter.ActualContext);
        Assert.Equal("line 2: expected (end), actual 'b'", TreeDumpDiff.First("a", "a\nb")!.Summary);
    }

    [Fact]
    public void FailureListGroupsByFileAndKeepsAwkwardLinesReadable()
    {
        TreeConstructionCase[] cases =
        [
            Case(1, "a", "a"),
            Case(2, "\"x`y\0\"", "\"x`y\uFFFD\""),
            new("other.dat", 1, "<b>", 0, new FragmentContext(ContextNamespace.Svg, "title"), ScriptingMode.Both, "<b>"),
        ];

        var run = TreeConformance.Run(cases, (markup, _) => markup);
        string list = TreeConformanceReport.FailureList(run, "Title", "Preamble.");

        Assert.Equal(
            "# Title\n\nPreamble.\n\n2 of 3 cases pass, 1 fail; 0 cases that hold only with scripting on were not run.\n\n"
            + "## stub.dat (1 of 2 fail)\n\n- #2: line 1: expected ``\"x`y\uFFFD\"``, actual ``\"x`y\\u{0000}\"``\n", list);
    }

    [Fact]
    public void SideBySideShowsBothDumpsInFullAndMarksDifferingLines()
    {
        var run = TreeConformance.Run([Case(7, "a\nb", "a\nc")], (markup, _) => markup);
        var text = new StringWriter();

        TreeConformanceReport.SideBySide(run, 5, text, width: 4);

        string[] lines = text.ToString().ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("=== stub.dat #7: line 2: expected 'c', actual 'b'", lines[2]);
        Assert.Equal("  a    | a", lines[6]);
        Assert.Equal("! c    | b", lines[7]);
    }
}
