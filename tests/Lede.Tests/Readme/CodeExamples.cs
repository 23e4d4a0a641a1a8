using Lede.Tests.Output;

namespace Lede.Tests.Readme;

/// <summary>One ```csharp block of a Markdown file: where it starts, its code, and whether it is marked as a fragment.</summary>
internal sealed record CodeExample(string File, int Line, string Code, bool IsFragment)
{
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// Finds the C# examples of the repository's Markdown files. A block whose previous non-blank line is
/// <c>&lt;!-- fragment --&gt;</c> cannot run alone: it is compiled, not run.
/// </summary>
internal static class CodeExamples
{
    public const string FragmentMarker = "<!-- fragment -->";

    /// <summary>The files whose examples are under test: the repository's README and the packages' README.</summary>
    public static readonly string[] Files = ["README.md", "src/README.md"];

    public static IEnumerable<CodeExample> All() => Files.SelectMany(file => In(file, File.ReadAllLines(RepoFiles.Path(file))));

    /// <summary>The examples in <paramref name="lines"/>, a fence's indentation (a block inside a list item) taken off its code.</summary>
    public static IEnumerable<CodeExample> In(string file, string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string trimmed = lines[i].TrimStart();
            if (trimmed != "```csharp" && trimmed != "```cs") continue;
            int indent = lines[i].Length - trimmed.Length;
            int start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
                code.Add(lines[i].Length >= indent && string.IsNullOrWhiteSpace(lines[i][..indent]) ? lines[i][indent..] : lines[i].TrimStart());
            if (i == lines.Length)
                throw new InvalidOperationException($"{file}:{start + 1}: a ```csharp block that is never closed");
            yield return new CodeExample(file, start + 1, string.Join('\n', code) + "\n", PreviousLine(lines, start) == FragmentMarker);
        }
    }

    private static string PreviousLine(string[] lines, int index)
    {
        for (int i = index - 1; i >= 0; i--)
            if (lines[i].Trim().Length > 0) return lines[i].Trim();
        return "";
    }
}
