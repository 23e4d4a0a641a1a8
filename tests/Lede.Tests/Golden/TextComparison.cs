using System.Text;

namespace Lede.Tests.Golden;

/// <summary>
/// Compares extracted text with a golden text after normalising whitespace, and describes the first
/// difference with context so a failing golden test says where it went wrong.
/// </summary>
internal static class TextComparison
{
    private const int ContextChars = 60;

    /// <summary>
    /// Line endings become \n; every line is trimmed and its inner runs of blanks collapse to one
    /// space (or one tab if the run holds a tab, which separates table cells); runs of blank lines
    /// collapse to one; leading and trailing blank lines go.
    /// </summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingBlankLine = false;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = CollapseBlanks(rawLine);
            if (line.Length == 0)
            {
                pendingBlankLine = sb.Length > 0;
                continue;
            }
            if (sb.Length > 0) sb.Append(pendingBlankLine ? "\n\n" : "\n");
            sb.Append(line);
            pendingBlankLine = false;
        }
        return sb.ToString();
    }

    /// <summary>Null when the texts match after normalising; otherwise where and how they first differ.</summary>
    public static string? Difference(string expected, string actual, string expectedName)
    {
        var want = Normalize(expected);
        var got = Normalize(actual);
        int at = FirstMismatch(want, got);
        if (at < 0)
            return null;

        var (line, column) = Position(want, at);
        return new StringBuilder()
            .AppendLine($"Extracted text differs from {expectedName} at line {line}, column {column} (normalised char {at}):")
            .AppendLine($"  expected: {Excerpt(want, at)}")
            .AppendLine($"  actual:   {Excerpt(got, at)}")
            .Append($"  expected has {Paragraphs(want)} paragraphs and {want.Length} chars; actual has {Paragraphs(got)} paragraphs and {got.Length} chars.")
            .ToString();
    }

    private static string CollapseBlanks(string line)
    {
        var sb = new StringBuilder(line.Length);
        int i = 0;
        while (i < line.Length)
        {
            if (!IsBlank(line[i]))
            {
                sb.Append(line[i++]);
                continue;
            }
            bool sawTab = false;
            for (; i < line.Length && IsBlank(line[i]); i++)
                sawTab |= line[i] == '\t';
            sb.Append(sawTab ? '\t' : ' ');
        }
        return sb.ToString().Trim(' ', '\t');
    }

    // Any whitespace but the newline, so no-break and other Unicode spaces compare as a space.
    private static bool IsBlank(char c) => c != '\n' && char.IsWhiteSpace(c);

    private static int FirstMismatch(string a, string b)
    {
        int common = a.AsSpan().CommonPrefixLength(b);
        return common == a.Length && common == b.Length ? -1 : common;
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, index - lineStart + 1);
    }

    // The text around the mismatch on one line, with newlines and tabs made visible and a marker at the mismatch.
    private static string Excerpt(string text, int index)
    {
        int start = Math.Max(0, index - ContextChars);
        int end = Math.Min(text.Length, index + ContextChars);
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        AppendVisible(sb, text.AsSpan(start, Math.Min(index, text.Length) - start));
        sb.Append('▶');
        if (index >= text.Length)
            sb.Append("<end of text>");
        else
            AppendVisible(sb, text.AsSpan(index, end - index));
        if (end < text.Length) sb.Append('…');
        return sb.ToString();
    }

    private static void AppendVisible(StringBuilder sb, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c == '\n') sb.Append("\\n");
            else if (c == '\t') sb.Append("\\t");
            else sb.Append(c);
        }
    }

    private static int Paragraphs(string normalised)
        => normalised.Length == 0 ? 0 : normalised.Split("\n\n").Length;
}
