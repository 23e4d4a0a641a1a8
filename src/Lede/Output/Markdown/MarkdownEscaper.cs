using System.Text;

namespace Lede;

/// <summary>
/// Writes plain text into Markdown so that it renders as the same text. Escapes a character only where
/// CommonMark/GFM would otherwise read it as syntax, so ordinary prose ("2 * 3", "snake_case", "AT&amp;T",
/// "a &lt; b") stays as it is.
/// </summary>
/// <remarks>The rules follow the CommonMark 0.31 spec: "6.2 Emphasis" (flanking delimiter runs),
/// "6.1 Code spans", "6.3 Links", "6.6 Raw HTML", "2.5 Entity references", and the block starts of
/// chapters 4 and 5, plus GFM's strikethrough and tables.</remarks>
internal static class MarkdownEscaper
{
    /// <summary>Appends <paramref name="text"/> escaped for <paramref name="kind"/>.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text, MarkdownTextKind kind) =>
        Append(sb, text, kind, new Piece(sb.Length, kind == MarkdownTextKind.Block, AtEnd: true, Strict: false));

    /// <summary>
    /// Where a piece of a block's text stands, when the block is written in pieces (its inline runs): where the block
    /// starts in the builder, whether the piece starts a line and ends the block, and whether brackets and backticks
    /// are escaped wherever they stand (<paramref name="Strict"/>: the pieces are written apart, so a bracket or a
    /// backtick in one could pair with one in another, or with the link and code syntax between them).
    /// </summary>
    public readonly record struct Piece(int BlockStart, bool AtLineStart, bool AtEnd, bool Strict);

    /// <summary>Appends one piece of a block's text escaped for <paramref name="kind"/>.</summary>
    public static void Append(StringBuilder sb, ReadOnlySpan<char> text, MarkdownTextKind kind, Piece piece)
    {
        int closingHash = kind == MarkdownTextKind.Heading && piece.AtEnd ? ClosingHashIndex(text) : -1;
        bool escapeBackticks = piece.Strict || kind == MarkdownTextKind.Emphasis || BacktickRunCount(text) >= 2;
        bool atLineStart = piece.AtLineStart;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                i = AppendLineBreak(sb, piece, text, i, kind, ref atLineStart);
                continue;
            }
            if (atLineStart)
            {
                // Leading blanks are dropped by Markdown anyway, and four of them would start a code block.
                if (c is ' ' or '\t')
                {
                    i++;
                    continue;
                }
                atLineStart = false;
                int next = AppendLineStart(sb, text, i);
                if (next != i)
                {
                    i = next;
                    continue;
                }
            }
            i = AppendInline(sb, text, i, kind, closingHash, escapeBackticks, piece.Strict);
        }
        if (piece.AtEnd) TrimBlanks(sb, piece.BlockStart);
    }

    // A run of line breaks (and the blanks around them) becomes one hard break in block text and a space elsewhere;
    // line breaks before or after all the text are dropped.
    private static int AppendLineBreak(StringBuilder sb, Piece piece, ReadOnlySpan<char> text, int i, MarkdownTextKind kind, ref bool atLineStart)
    {
        int end = i;
        while (end < text.Length && text[end] is '\n' or '\r' or ' ' or '\t') end++;
        TrimBlanks(sb, piece.BlockStart);
        if ((end == text.Length && piece.AtEnd) || sb.Length == piece.BlockStart) return end;
        if (kind == MarkdownTextKind.Block)
        {
            sb.Append("\\\n");
            atLineStart = true;
        }
        else
        {
            sb.Append(' ');
        }
        return end;
    }

    // Drops blanks this call wrote at the end, which would only sit before a line break or the end of the block.
    private static void TrimBlanks(StringBuilder sb, int start)
    {
        int length = sb.Length;
        while (length > start && sb[length - 1] is ' ' or '\t') length--;
        sb.Length = length;
    }

    // Escapes what would open a block at the start of a line. Returns the index after what it wrote,
    // or i unchanged when the line start is ordinary text.
    private static int AppendLineStart(StringBuilder sb, ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        char next = i + 1 < text.Length ? text[i + 1] : '\n';
        bool escape = c switch
        {
            '>' => true,
            '#' => IsAtxOpening(text, i),
            '-' or '+' or '*' => IsBlankOrEnd(next) || IsRuleLine(text, i, c) || IsDelimiterRow(text, i),
            '_' or '=' => IsRuleLine(text, i, c),
            ':' or '|' => IsDelimiterRow(text, i),
            '`' or '~' => RunLength(text, i, c) >= 3,
            // A task-list box ("[ ] ", "[x] ") or a link reference definition ("[a]: /url").
            '[' => text[(i + 1)..].Contains(']'),
            _ => false,
        };
        if (escape)
        {
            // A fence is escaped whole: escaping only its first character would leave a shorter run behind.
            int end = c is '`' or '~' ? i + RunLength(text, i, c) : i + 1;
            for (int k = i; k < end; k++) sb.Append('\\').Append(c);
            return end;
        }
        if (char.IsAsciiDigit(c)) return AppendOrderedMarker(sb, text, i);
        return i;
    }

    // "2024. A year" or "3) Three" at a line start would open an ordered list: escape the '.' or ')'.
    private static int AppendOrderedMarker(StringBuilder sb, ReadOnlySpan<char> text, int i)
    {
        int end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end - i > 9 || end == text.Length || text[end] is not ('.' or ')')) return i;
        if (end + 1 < text.Length && !IsBlankOrEnd(text[end + 1])) return i;
        sb.Append(text[i..end]).Append('\\').Append(text[end]);
        return end + 1;
    }

    // Writes one character (or one delimiter run) of running text, escaped if it would be syntax here.
    private static int AppendInline(StringBuilder sb, ReadOnlySpan<char> text, int i, MarkdownTextKind kind, int closingHash, bool escapeBackticks, bool strict)
    {
        char c = text[i];
        int end = i + 1;
        bool escape;
        switch (c)
        {
            case '\\':
                // Only a backslash before punctuation or a line end is an escape or a hard break; before a blank it
                // is escaped too, as the blank may be trimmed away before a line break.
                escape = end == text.Length || IsAsciiPunctuation(text[end]) || char.IsWhiteSpace(text[end]);
                break;
            case '*' or '_' or '~':
                end = i + RunLength(text, i, c);
                escape = kind == MarkdownTextKind.Emphasis || CanOpenOrClose(text, i, end, c);
                break;
            case '`':
                end = i + RunLength(text, i, c);
                escape = escapeBackticks;
                break;
            case '[':
                escape = strict || kind is MarkdownTextKind.LinkText or MarkdownTextKind.Emphasis || ClosesIntoLink(text[end..]);
                break;
            case ']':
                escape = strict || kind == MarkdownTextKind.LinkText;
                break;
            case '<':
                escape = end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] is '/' or '!' or '?');
                break;
            case '&':
                escape = LooksLikeEntity(text, end);
                break;
            case '|':
                escape = kind == MarkdownTextKind.TableCell;
                break;
            case '#':
                escape = i == closingHash;
                break;
            default:
                sb.Append(c);
                return end;
        }
        for (int k = i; k < end; k++)
        {
            if (escape) sb.Append('\\');
            sb.Append(c);
        }
        return end;
    }

    // CommonMark 6.2: a delimiter run can open or close emphasis only if it is left- or right-flanking;
    // '_' has the stricter intraword rule, so "snake_case" is safe.
    private static bool CanOpenOrClose(ReadOnlySpan<char> text, int start, int end, char c)
    {
        char before = start > 0 ? text[start - 1] : ' ';
        char after = end < text.Length ? text[end] : ' ';
        bool beforeSpace = char.IsWhiteSpace(before), afterSpace = char.IsWhiteSpace(after);
        bool beforePunct = IsPunctuation(before), afterPunct = IsPunctuation(after);
        bool left = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
        bool right = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
        if (c != '_') return left || right;
        return (left && (!right || beforePunct)) || (right && (!left || afterPunct));
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static bool IsAsciiPunctuation(char c) => char.IsAscii(c) && IsPunctuation(c);

    // CommonMark 6.1: a code span needs two backtick runs. With one run there is nothing to escape; with more,
    // all are escaped, because an escaped run still closes a span ("\`" is a backtick run inside a code span).
    private static int BacktickRunCount(ReadOnlySpan<char> text)
    {
        int count = 0;
        int i = text.IndexOf('`');
        while (i >= 0 && count < 2)
        {
            count++;
            i += RunLength(text, i, '`');
            int next = text[i..].IndexOf('`');
            i = next < 0 ? -1 : i + next;
        }
        return count;
    }

    // CommonMark 6.3: "[" starts a link only if a later "]" is followed by "(" (inline link) or "[" (reference);
    // a bare "[sic]" is a shortcut reference, which stays text since the document defines no references.
    private static bool ClosesIntoLink(ReadOnlySpan<char> rest)
    {
        int i = rest.IndexOf(']');
        while (i >= 0 && i + 1 < rest.Length)
        {
            if (rest[i + 1] is '(' or '[') return true;
            int next = rest[(i + 1)..].IndexOf(']');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    // CommonMark 2.5: "&name;", "&#123;" and "&#x1F;" are entity references. Looser than the spec on purpose.
    private static bool LooksLikeEntity(ReadOnlySpan<char> text, int i)
    {
        if (i < text.Length && text[i] == '#') i++;
        int start = i;
        while (i < text.Length && i - start <= 32 && char.IsAsciiLetterOrDigit(text[i])) i++;
        return i > start && i < text.Length && text[i] == ';';
    }

    // CommonMark 4.2: 1–6 '#' then a blank or the line end.
    private static bool IsAtxOpening(ReadOnlySpan<char> text, int i)
    {
        int run = RunLength(text, i, '#');
        return run <= 6 && (i + run == text.Length || IsBlankOrEnd(text[i + run]));
    }

    // A line of one character and blanks: a thematic break ("***", "- - -") or a setext underline ("===", "--").
    private static bool IsRuleLine(ReadOnlySpan<char> text, int i, char c)
    {
        for (; i < text.Length && text[i] is not ('\n' or '\r'); i++)
        {
            if (text[i] != c && text[i] is not (' ' or '\t')) return false;
        }
        return true;
    }

    // GFM 4.10: a line of '-', ':', '|' and blanks under a line with pipes would turn the paragraph into a table.
    private static bool IsDelimiterRow(ReadOnlySpan<char> text, int i)
    {
        bool dash = false;
        for (; i < text.Length && text[i] is not ('\n' or '\r'); i++)
        {
            char c = text[i];
            if (c == '-') dash = true;
            else if (c is not (':' or '|' or ' ' or '\t')) return false;
        }
        return dash;
    }

    // CommonMark 4.2: "Issue #" as a heading would lose its '#' as a closing sequence. Returns the index of the
    // '#' to escape, or -1.
    private static int ClosingHashIndex(ReadOnlySpan<char> text)
    {
        int end = text.TrimEnd(" \t\r\n").Length;
        int start = end;
        while (start > 0 && text[start - 1] == '#') start--;
        if (start == end) return -1;
        return start == 0 || IsBlankOrEnd(text[start - 1]) ? start : -1;
    }

    private static int RunLength(ReadOnlySpan<char> text, int i, char c)
    {
        int end = i;
        while (end < text.Length && text[end] == c) end++;
        return end - i;
    }

    private static bool IsBlankOrEnd(char c) => c is ' ' or '\t' or '\n' or '\r';
}
