using System.Text;
using System.Text.RegularExpressions;
using Lede.Cli.Eval;
using Lede.Tests.Output;
using Xunit.Abstractions;

namespace Lede.Tests.Html;

/// <summary>
/// html5lib's tokenizer suite (benchmarks/html5lib-tests/tokenizer/*.test): every case, once per initial state, must
/// give exactly the tokens the suite expects (adjacent character tokens joined). Only tokens are compared: the
/// suite's parse errors are there for information, and this tokenizer does not report errors. xmlViolation.test has
/// no "tests" list (it checks the infoset coercion, not the tokenizer) and counts as not applicable. The runs that fail
/// are listed, each with its reason, in tokenizer-failures.md; the test fails when the passes drop below the floor,
/// when a run fails that the list does not name, or when a listed run passes (so the list stays true).
/// </summary>
public sealed partial class TokenizerConformanceTests(ITestOutputHelper output)
{
    // The pass count when last measured (every run of the suite).
    const int PassFloor = 7032;

    const string FailureList = "tests/Lede.Tests/Html/tokenizer-failures.md";

    [SkippableFact]
    public void PassesTheHtml5libTokenizerSuite()
    {
        var root = SharedData.Html5libTests;
        Skip.If(root is null, $"the html5lib tests are absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");

        var report = new StringBuilder();
        var failed = new List<(TokenizerCase Run, string Reason)>();
        int runs = 0, passes = 0;
        foreach (string path in Directory.GetFiles(Path.Combine(root, "tokenizer"), "*.test").Order(StringComparer.Ordinal))
        {
            var cases = TokenizerSuite.Load(path);
            if (cases.Count == 0)
            {
                report.AppendLine($"{Path.GetFileName(path)}: not applicable (no \"tests\" list)");
                continue;
            }
            int filePasses = 0;
            foreach (var run in cases)
            {
                string? reason = Failure(run);
                if (reason is null)
                    filePasses++;
                else
                    failed.Add((run, reason));
            }
            runs += cases.Count;
            passes += filePasses;
            report.AppendLine($"{Path.GetFileName(path)}: {filePasses} / {cases.Count}");
        }
        report.AppendLine($"all: {passes} / {runs} runs pass ({100.0 * passes / runs:0.00}%)");
        foreach (var (run, reason) in failed)
            report.AppendLine($"FAIL {run.Key} {run.Description}\n{reason}");
        output.WriteLine(report.ToString());
        string reportPath = Path.Combine(AppContext.BaseDirectory, "tokenizer-conformance-report.txt");
        File.WriteAllText(reportPath, report.ToString());

        var listed = ListedFailures();
        var unlisted = failed.Select(f => f.Run.Key).Where(key => !listed.Contains(key)).ToList();
        var nowPassing = listed.Except(failed.Select(f => f.Run.Key)).ToList();
        Assert.True(unlisted.Count == 0, $"runs fail that {FailureList} does not list (report: {reportPath}):\n{string.Join("\n", unlisted)}");
        Assert.True(nowPassing.Count == 0, $"runs listed in {FailureList} pass now: take them off the list:\n{string.Join("\n", nowPassing)}");
        Assert.True(passes >= PassFloor, $"{passes} / {runs} runs pass, below the floor {PassFloor} (report: {reportPath})");
    }

    // Null when the run's tokens are the expected ones, else what went wrong.
    static string? Failure(TokenizerCase run)
    {
        List<string> actual;
        try
        {
            actual = TokenizerSuite.Run(run);
        }
        catch (Exception e)
        {
            return $"  input:    {TokenizerSuite.Quote(run.Input)}\n  threw:    {e.GetType().Name}: {e.Message}";
        }
        if (actual.SequenceEqual(run.Expected, StringComparer.Ordinal))
            return null;
        return $"  input:    {TokenizerSuite.Quote(run.Input)}\n  expected: {string.Join(" ", run.Expected)}\n  actual:   {string.Join(" ", actual)}";
    }

    // The keys of the runs tokenizer-failures.md lists, on lines "- test3.test #12 (RCDATA state): description — reason".
    static HashSet<string> ListedFailures()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(RepoFiles.Path(FailureList)))
            if (ListedRun().Match(line) is { Success: true } match)
                keys.Add(match.Groups[1].Value);
        return keys;
    }

    [GeneratedRegex(@"^- (\S+\.test #\d+ \([^)]+\))")]
    private static partial Regex ListedRun();
}
