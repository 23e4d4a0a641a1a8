using System.Globalization;
using System.Text;
using Lede.Cli.Eval;

namespace Lede.Tests.Html;

/// <summary>
/// Renders a <see cref="ConformanceRun"/>'s failures: as a Markdown list to commit beside the tests (one line a
/// case), and side by side in full for exploring them from the command line.
/// </summary>
internal static class TreeConformanceReport
{
    private const int LongestShownLine = 120;

    /// <summary>
    /// The failing cases as Markdown: the run's counts, then a section a file with a line a failing case and its
    /// first differing line. Deterministic (no times), so a committed copy can be compared with a fresh run.
    /// </summary>
    /// <param name="run">The run.</param>
    /// <param name="title">The document's heading.</param>
    /// <param name="preamble">What produced the list and how to regenerate it.</param>
    public static string FailureList(ConformanceRun run, string title, string preamble)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(title).Append("\n\n").Append(preamble).Append("\n\n")
            .Append(CultureInfo.InvariantCulture, $"{run.Passed} of {run.Results.Count} cases pass, {run.Results.Count - run.Passed} fail; ")
            .Append(CultureInfo.InvariantCulture, $"{run.SkippedScriptOn} cases that hold only with scripting on were not run.\n");
        foreach (var file in run.Results.GroupBy(result => result.Case.File))
        {
            var failures = file.Where(result => !result.Passed).ToList();
            if (failures.Count == 0)
                continue;
            text.Append(CultureInfo.InvariantCulture, $"\n## {file.Key} ({failures.Count} of {file.Count()} fail)\n\n");
            foreach (var failure in failures)
                text.Append(CultureInfo.InvariantCulture, $"- #{failure.Case.Index}{FragmentNote(failure.Case)}: {Why(failure)}\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// For exploring a parser's failures: the first N failing cases side by side, N from LEDE_TREE_FAILURES (and only
    /// the cases of LEDE_TREE_FILE when set); the test is skipped when N is unset or the suite is absent.
    /// </summary>
    public static string SideBySideFromEnvironment(Func<string, FragmentContext?, string> parse)
    {
        var root = SharedData.Html5libTests;
        string? wanted = Environment.GetEnvironmentVariable("LEDE_TREE_FAILURES");
        int count = 0;
        Skip.If(root is null || !int.TryParse(wanted, out count), "exploration only: set LEDE_TREE_FAILURES=N (and the html5lib tests must be present)");

        string? file = Environment.GetEnvironmentVariable("LEDE_TREE_FILE");
        var cases = TreeConstructionCases.Load(root!).Where(c => string.IsNullOrEmpty(file) || c.File == file);
        var text = new StringWriter();
        SideBySide(TreeConformance.Run(cases, parse), count, text);
        return text.ToString();
    }

    /// <summary>Writes the first <paramref name="count"/> failures in full: the markup, then expected and actual dumps side by side.</summary>
    /// <param name="run">The run.</param>
    /// <param name="count">How many failures to write.</param>
    /// <param name="writer">Where to write them.</param>
    /// <param name="width">The width of each column; longer lines wrap within it.</param>
    public static void SideBySide(ConformanceRun run, int count, TextWriter writer, int width = 60)
    {
        writer.WriteLine(run.Summary);
        foreach (var failure in run.Failures.Take(count))
        {
            writer.WriteLine();
            writer.WriteLine($"=== {failure.Case.Name}{FragmentNote(failure.Case)}: {failure.Why}");
            writer.WriteLine($"data: {Visible(failure.Case.Data)}");
            string[] expected = failure.Case.Expected.Split('\n');
            string[] actual = (failure.Actual ?? "(" + failure.Error + ")").Split('\n');
            writer.WriteLine($"  {"expected".PadRight(width)}   actual");
            for (int i = 0; i < Math.Max(expected.Length, actual.Length); i++)
            {
                string left = i < expected.Length ? Visible(expected[i]) : "";
                string right = i < actual.Length ? Visible(actual[i]) : "";
                // '!' marks a line that differs, so the eye finds it in a long dump.
                char mark = i < expected.Length && i < actual.Length && expected[i] == actual[i] ? ' ' : '!';
                WriteRow(writer, mark, left, right, width);
            }
        }
    }

    private static void WriteRow(TextWriter writer, char mark, string left, string right, int width)
    {
        for (int offset = 0; offset == 0 || offset < left.Length || offset < right.Length; offset += width)
        {
            string leftPart = offset < left.Length ? left.Substring(offset, Math.Min(width, left.Length - offset)) : "";
            string rightPart = offset < right.Length ? right.Substring(offset, Math.Min(width, right.Length - offset)) : "";
            writer.WriteLine($"{(offset == 0 ? mark : ' ')} {leftPart.PadRight(width)} | {rightPart}");
        }
    }

    private static string FragmentNote(TreeConstructionCase @case)
        => @case.Fragment is { } context ? $" (fragment in {context})" : "";

    private static string Why(CaseResult failure)
    {
        if (failure.Difference is not { } difference)
            return Visible(failure.Why).Replace('\n', ' ');
        return $"line {difference.Line}: expected {CodeSpan(difference.Expected)}, actual {CodeSpan(difference.Actual)}";
    }

    // A Markdown code span that holds the line exactly, whatever backticks it has; "(end)" for a dump that ended.
    private static string CodeSpan(string? line)
    {
        if (line is null)
            return "(end)";
        string shown = Shortened(Visible(line));
        int longestRun = 0;
        for (int i = 0, run = 0; i < shown.Length; i++)
            longestRun = Math.Max(longestRun, run = shown[i] == '`' ? run + 1 : 0);
        string fence = new('`', longestRun + 1);
        string pad = shown.StartsWith('`') || shown.EndsWith('`') || shown.Length == 0 ? " " : "";
        return fence + pad + shown + pad + fence;
    }

    private static string Shortened(string line)
        => line.Length <= LongestShownLine ? line : line[..LongestShownLine] + "…";

    /// <summary>
    /// The text with the characters that would not survive a text file or a terminal written as <c>\u{XXXX}</c>:
    /// controls (but not the newline of a multi-line dump), lone surrogates, noncharacters and the byte-order mark.
    /// </summary>
    public static string Visible(string text)
    {
        var shown = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
                shown.Append(c).Append(text[++i]);
            else if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or '\uFEFF')
                shown.Append(CultureInfo.InvariantCulture, $"\\u{{{(int)c:X4}}}");
            else
                shown.Append(c);
        }
        return shown.ToString();
    }
}
