using System.Buffers;

namespace Lede.Quotes;

/// <summary>
/// Finds the quoted stretches of a body text from its quotation marks: pairs each opening mark with its closing mark,
/// keeps quotations inside quotations as children, joins a quotation that runs over several paragraphs (its opening
/// mark repeated at each new paragraph, the closing mark only at the last) into one, and tells apostrophes (don’t,
/// the Baldwins’, ’90s) from single quotation marks.
/// </summary>
/// <remarks>
/// A line break ends every quotation still open unless the next line opens with the same kind of mark (the
/// continuation convention); a quotation ended that way runs to the end of its line and is marked unclosed. Single
/// straight marks (') quote only inside a double quotation, where English uses them; curly single marks (‘ ’) quote at
/// any level, British-style. Paragraph indices count blocks separated by a blank line, as <see cref="Article.Text"/>
/// separates them.
/// </remarks>
internal static class QuotationScanner
{
    // The only characters the scan acts on; it skips to the next of them.
    private static readonly SearchValues<char> MarksAndBreaks = SearchValues.Create("\n" + QuoteMarks.Marks);

    /// <summary>The top-level quotations of <paramref name="text"/> in order; nested ones are in their <see cref="RawQuote.Children"/>.</summary>
    public static List<RawQuote> Scan(string text)
    {
        var top = new List<RawQuote>();
        var stack = new List<RawQuote>();
        int paragraph = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int skip = text.AsSpan(i).IndexOfAny(MarksAndBreaks);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            if (c == '\n')
            {
                int next = NextLineStart(text, i);
                if (stack.Count > 0 && TryContinue(text, stack, next))
                {
                    paragraph += BlankLines(text, i, next);
                    i = next;
                    continue;
                }
                CloseAtLineEnd(text, stack, i);
                paragraph += BlankLines(text, i, next);
                i = next - 1;
                continue;
            }
            if (!QuoteMarks.IsMark(c)) continue;
            if (QuoteMarks.IsSingle(c)) ScanSingle(text, i, c, stack, top, paragraph);
            else ScanDouble(text, i, c, stack, top, paragraph);
        }
        CloseAtLineEnd(text, stack, text.Length);
        return top;
    }

    private static void ScanSingle(string text, int i, char c, List<RawQuote> stack, List<RawQuote> top, int paragraph)
    {
        if (QuoteMarks.IsApostrophe(text, i)) return;
        var open = stack.Count > 0 ? stack[^1] : null;
        bool afterWord = i > 0 && !char.IsWhiteSpace(text[i - 1]);
        if (open is not null && QuoteMarks.IsSingle(open.Mark) && QuoteMarks.Closes(open.Mark, c) && afterWord)
        {
            Close(stack, stack.Count - 1, i);
            return;
        }
        if (!QuoteMarks.OpensHere(text, i)) return;
        // A straight or right single mark opens only inside a double quotation, where it cannot be a stray apostrophe.
        if (c is '\'' or '’' && (stack.Count == 0 || QuoteMarks.IsSingle(stack[^1].Mark))) return;
        if (c == '’') return;
        Push(stack, top, i, c, paragraph);
    }

    private static void ScanDouble(string text, int i, char c, List<RawQuote> stack, List<RawQuote> top, int paragraph)
    {
        int closable = -1;
        for (int s = stack.Count - 1; s >= 0; s--)
        {
            if (QuoteMarks.IsSingle(stack[s].Mark)) continue;
            if (QuoteMarks.Closes(stack[s].Mark, c)) closable = s;
            break;
        }
        bool opens = QuoteMarks.OpensHere(text, i) && c is not '”';
        // “ and " both open and close (German „…“, straight "…"): the neighbours decide. Inside “…”, a “ where a
        // quotation opens (after a space, before a word) opens a nested one: “…we’re like, “This is great.”
        bool nests = closable >= 0 && opens && c is '“' or '"' && stack[closable].Mark is '“' or '"';
        if (closable >= 0 && !nests)
        {
            Close(stack, closable, i);
            return;
        }
        if (opens) Push(stack, top, i, c, paragraph);
    }

    // Prose nests quotations two or three deep; a run of opening marks (mojibake, ASCII art) would otherwise nest one
    // per mark, past what the writers and readers of the article take (JSON's depth limit of 64; found by fuzzing).
    internal const int MaxNesting = 8;

    private static void Push(List<RawQuote> stack, List<RawQuote> top, int i, char c, int paragraph)
    {
        if (stack.Count >= MaxNesting) return;
        var parent = stack.Count > 0 ? stack[^1] : null;
        var quote = new RawQuote { Open = i, Start = i + 1, End = i + 1, Mark = c, Parent = parent, Paragraph = paragraph };
        if (parent is null) top.Add(quote);
        else parent.Children.Add(quote);
        stack.Add(quote);
    }

    // Closes the quotation at `index` with the mark at `at`; single quotations still open inside it were apostrophes.
    private static void Close(List<RawQuote> stack, int index, int at)
    {
        for (int s = stack.Count - 1; s > index; s--) Discard(stack[s]);
        stack.RemoveRange(index + 1, stack.Count - index - 1);
        var quote = stack[index];
        quote.End = at;
        quote.Closed = true;
        stack.RemoveAt(index);
    }

    private static void Discard(RawQuote quote)
    {
        var siblings = quote.Parent?.Children;
        if (siblings is null) return;
        siblings.Remove(quote);
        siblings.AddRange(quote.Children);
        siblings.Sort((a, b) => a.Open.CompareTo(b.Open));
    }

    // A quotation open at a line end goes on when the next line opens with the same kind of mark and nothing nested
    // inside it is still open.
    private static bool TryContinue(string text, List<RawQuote> stack, int next)
    {
        if (next >= text.Length) return false;
        var outer = stack[0];
        if (QuoteMarks.IsSingle(outer.Mark)) return false;
        char c = text[next];
        if (!QuoteMarks.IsMark(c) || QuoteMarks.IsSingle(c) || !QuoteMarks.OpensHere(text, next)) return false;
        if (!(c == outer.Mark || c is '“' or '"' && outer.Mark is '“' or '"')) return false;
        for (int s = stack.Count - 1; s > 0; s--) Discard(stack[s]);
        stack.RemoveRange(1, stack.Count - 1);
        outer.ContinuationMarks.Add(next);
        return true;
    }

    private static void CloseAtLineEnd(string text, List<RawQuote> stack, int lineEnd)
    {
        if (stack.Count == 0) return;
        int end = lineEnd;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        for (int s = stack.Count - 1; s >= 0; s--)
        {
            var quote = stack[s];
            if (QuoteMarks.IsSingle(quote.Mark))
            {
                Discard(quote);
                continue;
            }
            quote.End = Math.Max(quote.Start, end);
            quote.Closed = false;
        }
        stack.Clear();
    }

    private static int NextLineStart(string text, int newline)
    {
        int j = newline + 1;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j;
    }

    // How many paragraph breaks (blank lines) lie between a line end and the next line's first character.
    private static int BlankLines(string text, int from, int to)
    {
        int newlines = 0;
        for (int k = from; k < to && k < text.Length; k++) if (text[k] == '\n') newlines++;
        return newlines >= 2 ? 1 : 0;
    }
}
