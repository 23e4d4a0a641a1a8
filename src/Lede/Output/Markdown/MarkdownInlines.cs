using System.Text;

namespace Lede;

/// <summary>
/// Writes a block's text with its inline runs as Markdown: links as <c>[text](target)</c>, emphasis as <c>*…*</c>,
/// strong as <c>**…**</c>, code as a code span; a block without runs is escaped text as before.
/// </summary>
internal static class MarkdownInlines
{
    /// <summary>Appends <paramref name="text"/>, or its <paramref name="runs"/> when it has any, escaped for <paramref name="kind"/>.</summary>
    public static void Append(StringBuilder sb, string text, IReadOnlyList<InlineRun> runs, MarkdownTextKind kind, bool links)
    {
        if (runs.Count == 0 || (!links && AllPlainButLinks(runs)))
        {
            MarkdownEscaper.Append(sb, text.AsSpan().Trim(), kind);
            return;
        }
        int blockStart = sb.Length;
        bool lineStart = kind == MarkdownTextKind.Block;
        for (int i = 0; i < runs.Count;)
        {
            // Runs side by side with one link target make one link: "[a **b**](target)".
            var link = links ? runs[i].Link : null;
            int j = i + 1;
            while (j < runs.Count && (links ? runs[j].Link : null) == link) j++;
            if (link is not null)
            {
                sb.Append('[');
                for (int k = i; k < j; k++) AppendRun(sb, runs[k], MarkdownTextKind.LinkText, new(blockStart, false, false, true));
                sb.Append("](");
                MarkdownBlockWriter.AppendDestination(sb, link);
                sb.Append(')');
                lineStart = false;
            }
            else
            {
                for (int k = i; k < j; k++)
                {
                    AppendRun(sb, runs[k], kind, new(blockStart, lineStart, AtEnd: k == runs.Count - 1, Strict: true));
                    lineStart = kind == MarkdownTextKind.Block && runs[k].Text.EndsWith('\n');
                }
            }
            i = j;
        }
        TrimEnd(sb, blockStart);
    }

    private static bool AllPlainButLinks(IReadOnlyList<InlineRun> runs)
    {
        foreach (var run in runs)
            if (run.Emphasis || run.Strong || run.Code) return false;
        return true;
    }

    // One run: its blanks at either end stay outside the delimiters, where emphasis needs them to be.
    private static void AppendRun(StringBuilder sb, InlineRun run, MarkdownTextKind kind, MarkdownEscaper.Piece piece)
    {
        var text = run.Text.AsSpan();
        if (!run.Emphasis && !run.Strong && !run.Code)
        {
            MarkdownEscaper.Append(sb, text, kind, piece);
            return;
        }
        int lead = text.Length - text.TrimStart().Length, trail = text.Length - text.TrimEnd().Length;
        var core = text.Trim();
        if (lead > 0) MarkdownEscaper.Append(sb, text[..lead], kind, piece with { AtEnd = false });
        if (!core.IsEmpty)
        {
            string open = (run.Strong ? "**" : "") + (run.Emphasis ? "*" : "");
            sb.Append(open);
            if (run.Code) AppendCodeSpan(sb, core);
            else MarkdownEscaper.Append(sb, core, kind, piece with { AtLineStart = false, AtEnd = false });
            for (int i = open.Length - 1; i >= 0; i--) sb.Append(open[i]);
        }
        if (trail > 0) MarkdownEscaper.Append(sb, text[^trail..], kind, piece with { AtLineStart = false });
    }

    // CommonMark 6.1: the fence is one backtick longer than any run inside; a space pads code that starts or ends
    // with a backtick. A line break inside is a space, as a code span shows it.
    private static void AppendCodeSpan(StringBuilder sb, ReadOnlySpan<char> code)
    {
        int longest = 0, run = 0;
        foreach (char c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        bool pad = code[0] == '`' || code[^1] == '`';
        sb.Append('`', longest + 1);
        if (pad) sb.Append(' ');
        foreach (char c in code) sb.Append(c is '\n' or '\r' ? ' ' : c);
        if (pad) sb.Append(' ');
        sb.Append('`', longest + 1);
    }

    private static void TrimEnd(StringBuilder sb, int start)
    {
        int length = sb.Length;
        while (length > start && sb[length - 1] is ' ' or '\t') length--;
        sb.Length = length;
    }
}
