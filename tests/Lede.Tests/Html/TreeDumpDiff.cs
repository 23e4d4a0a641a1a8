using System.Text;

namespace Lede.Tests.Html;

/// <summary>Where two tree dumps first part, with a few lines around it from each, for failure messages.</summary>
/// <param name="Line">The 1-based number of the first line that differs.</param>
/// <param name="Expected">That line of the expected dump, or null when the expected dump has ended before it.</param>
/// <param name="Actual">That line of the actual dump, or null when the actual dump has ended before it.</param>
/// <param name="ExpectedContext">The expected dump's lines around it, each with its number, the differing one marked.</param>
/// <param name="ActualContext">The actual dump's lines around it, the same way.</param>
internal sealed record TreeDumpDifference(int Line, string? Expected, string? Actual, string ExpectedContext, string ActualContext)
{
    /// <summary>One line: where, and the two lines (<c>(end)</c> for a dump that has ended).</summary>
    public string Summary => $"line {Line}: expected {Shown(Expected)}, actual {Shown(Actual)}";

    /// <summary>The summary and both contexts, for an assertion message.</summary>
    public override string ToString() => $"{Summary}\nexpected:\n{ExpectedContext}\nactual:\n{ActualContext}";

    private static string Shown(string? line) => line is null ? "(end)" : $"'{line}'";
}

/// <summary>Compares two dumps line by line (lines split on <c>\n</c>, as the dumps are written).</summary>
internal static class TreeDumpDiff
{
    /// <summary>The first difference between the dumps, or null when they are equal.</summary>
    /// <param name="expected">The expected dump.</param>
    /// <param name="actual">The actual dump.</param>
    /// <param name="context">How many lines to show before and after the differing line.</param>
    public static TreeDumpDifference? First(string expected, string actual, int context = 3)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal))
            return null;
        string[] left = expected.Split('\n');
        string[] right = actual.Split('\n');
        int index = 0;
        while (index < left.Length && index < right.Length && string.Equals(left[index], right[index], StringComparison.Ordinal))
            index++;
        return new TreeDumpDifference(
            index + 1, index < left.Length ? left[index] : null, index < right.Length ? right[index] : null,
            Around(left, index, context), Around(right, index, context));
    }

    // The lines from `context` before the differing one to `context` after it, numbered, the differing one marked '>'.
    private static string Around(string[] lines, int index, int context)
    {
        var text = new StringBuilder();
        int from = Math.Max(0, index - context);
        int to = Math.Min(lines.Length - 1, index + context);
        for (int i = from; i <= to; i++)
            text.Append(i == index ? "> " : "  ").Append((i + 1).ToString().PadLeft(4)).Append(" | ").Append(lines[i]).Append('\n');
        if (index >= lines.Length)
            text.Append("> ").Append("(end)".PadLeft(4)).Append('\n');
        return text.ToString().TrimEnd('\n');
    }
}
