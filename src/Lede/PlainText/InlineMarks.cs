using System.Text;

namespace Lede.PlainText;

/// <summary>
/// Takes the inline markup a Markdown-ish scraper writes off a line: paired emphasis marks (<c>**bold**</c>,
/// <c>__bold__</c>, <c>*em*</c>, <c>_em_</c>, <c>`code`</c>) and links (<c>[text](url)</c> keeps its text). A mark counts
/// only in pairs that open before a word and close after one ("snake_case", "5 * 3" and a lone "*" stay). Every
/// other character is kept as the input has it.
/// </summary>
internal static class InlineMarks
{
    /// <summary>The text of <paramref name="input"/> from <paramref name="start"/> to <paramref name="end"/>, marks taken off, and where its characters came from.</summary>
    public static (string Text, SourceMap Map) Strip(string input, int start, int end)
    {
        var span = input.AsSpan(start, end - start);
        if (span.IndexOfAny('*', '_', '`') < 0 && span.IndexOf("](", StringComparison.Ordinal) < 0)
            return (input.Substring(start, end - start), SourceMap.Run(start, end - start));

        var drop = new bool[span.Length];
        MarkLinks(span, drop);
        foreach (var mark in (ReadOnlySpan<string>)["**", "__", "*", "_", "`"])
            MarkPairs(span, mark, drop);

        var sb = new StringBuilder(span.Length);
        var runs = new List<(int, int, int)>();
        for (int i = 0; i < span.Length; i++)
        {
            if (drop[i]) continue;
            int runStart = i;
            while (i < span.Length && !drop[i]) i++;
            runs.Add((sb.Length, start + runStart, i - runStart));
            sb.Append(span[runStart..i]);
            i--;
        }
        var text = sb.ToString();
        int trimmed = text.Length - text.TrimStart().Length;
        if (trimmed > 0 || text.Length != text.TrimEnd().Length)
        {
            // A mark that stood at an end left a space there: trim it, moving the runs with it.
            var kept = text.Trim();
            return (kept, Shift(runs, trimmed, kept.Length));
        }
        return (text, SourceMap.Of(runs));
    }

    private static SourceMap Shift(List<(int At, int InputAt, int Length)> runs, int trimmed, int length)
    {
        var shifted = new List<(int, int, int)>(runs.Count);
        foreach (var (at, inputAt, runLength) in runs)
        {
            int from = Math.Max(at, trimmed), to = Math.Min(at + runLength, trimmed + length);
            if (to > from) shifted.Add((from - trimmed, inputAt + (from - at), to - from));
        }
        return SourceMap.Of(shifted);
    }

    // "[text](url)": the brackets and the address go, the text stays.
    private static void MarkLinks(ReadOnlySpan<char> span, bool[] drop)
    {
        for (int close = span.IndexOf("](", StringComparison.Ordinal); close > 0; close = Next(span, close + 2))
        {
            int open = span[..close].LastIndexOf('[');
            int end = span[(close + 2)..].IndexOf(')');
            if (open < 0 || end < 0 || span.Slice(close + 2, end).Contains(' ')) continue;
            end += close + 2;
            drop[open] = true;
            if (open > 0 && span[open - 1] == '!') drop[open - 1] = true;
            for (int i = close; i <= end; i++) drop[i] = true;
        }
    }

    private static int Next(ReadOnlySpan<char> span, int from)
    {
        if (from >= span.Length) return -1;
        int next = span[from..].IndexOf("](", StringComparison.Ordinal);
        return next < 0 ? -1 : from + next;
    }

    // Pairs of a mark: the opener after the line's start, a space or an opening bracket, before a non-space; the closer
    // after a non-space, before the end, a space or punctuation.
    private static void MarkPairs(ReadOnlySpan<char> span, string mark, bool[] drop)
    {
        int open = -1;
        for (int i = 0; i + mark.Length <= span.Length; i++)
        {
            if (drop[i] || !span[i..].StartsWith(mark, StringComparison.Ordinal) || Touches(span, i, mark)) continue;
            // Marks already taken off are not there: in "**_both_**" the underscores stand at the line's ends.
            int before = Kept(span, drop, i - 1, -1), after = Kept(span, drop, i + mark.Length, 1);
            bool canOpen = (before < 0 || IsOpenSide(span[before])) && after >= 0 && !char.IsWhiteSpace(span[after]);
            bool canClose = before >= 0 && !char.IsWhiteSpace(span[before]) && (after < 0 || IsCloseSide(span[after]));
            if (open >= 0 && canClose && i > open + mark.Length)
            {
                for (int k = 0; k < mark.Length; k++) drop[open + k] = drop[i + k] = true;
                open = -1;
            }
            else if (canOpen)
            {
                open = i;
            }
            i += mark.Length - 1;
        }
    }

    // The nearest character from i on in the direction step that is not taken off; -1 past the line's end.
    private static int Kept(ReadOnlySpan<char> span, bool[] drop, int i, int step)
    {
        while (i >= 0 && i < span.Length && drop[i]) i += step;
        return i >= 0 && i < span.Length ? i : -1;
    }

    // "***" is neither "**" nor "*" alone: a single mark next to another of its kind belongs to a longer run.
    private static bool Touches(ReadOnlySpan<char> span, int i, string mark)
        => (i > 0 && span[i - 1] == mark[0]) || (i + mark.Length < span.Length && span[i + mark.Length] == mark[0]);

    private static bool IsOpenSide(char c) => char.IsWhiteSpace(c) || c is '(' or '[' or '"' or '“' or '‘' or '\'' or '«' or '„' or '-' or '—' or '–';

    private static bool IsCloseSide(char c) => char.IsWhiteSpace(c) || char.IsPunctuation(c);
}
