using Lede.Content;
using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Joins the pieces of a paragraph that a scraper put on lines of their own — every text node a line, so a paragraph
/// with a link in it comes out as "He said that" / "the senator" / "was wrong." — back into one line. A story line
/// continues the one right above it (no blank line between) when that one does not end like a sentence and this one
/// opens in lower case or with closing punctuation, or when it is a short fragment between two such pieces.
/// </summary>
internal static class FragmentJoining
{
    /// <summary>A piece in the middle of a paragraph (a link's words) is at most this many words.</summary>
    private const int MaxMiddleWords = 6;

    public static void Join(List<TextLine> lines, LineVerdict[] verdicts)
    {
        int head = -1; // the line pieces are joined onto
        for (int i = 0; i < lines.Count; i++)
        {
            if (verdicts[i].Role != LineRole.Body)
            {
                if (verdicts[i].Role != LineRole.Continuation) head = -1;
                continue;
            }
            if (head >= 0 && Continues(lines, verdicts, head, i))
            {
                Append(lines[head], lines[i]);
                verdicts[i] = new LineVerdict { Role = LineRole.Continuation };
                continue;
            }
            head = lines[i].Markup is LineMarkup.None or LineMarkup.Quote ? i : -1;
        }
    }

    private static bool Continues(List<TextLine> lines, LineVerdict[] verdicts, int head, int i)
    {
        var before = lines[head];
        var line = lines[i];
        if (line.Markup != LineMarkup.None || line.Block != before.Block || line.Number != lines[i - 1].Number + 1) return false;
        var text = before.Text;
        char last = text[^1];
        if (Sentences.Ends(text) || last is ':' or ';') return false;
        char first = line.Text[0];
        if (char.IsLower(first) || first is ',' or '.' or ';' or ':' or ')' or '’' or '”' or '!' or '?' or '»') return true;
        // A fragment in the middle ("the senator"): the line after it goes on in lower case.
        if (!(char.IsLower(LastLetter(text)) || last == ',')) return false;
        if (TextMeasure.CountWords(line.Text) > MaxMiddleWords || Sentences.Ends(line.Text) || i + 1 >= lines.Count) return false;
        var next = lines[i + 1];
        return verdicts[i + 1].Role == LineRole.Body && next.Block == line.Block && next.Markup == LineMarkup.None
               && (char.IsLower(next.Text[0]) || next.Text[0] is ',' or '.' or ';' or ')' or '’' or '”');
    }

    private static char LastLetter(string text)
    {
        for (int k = text.Length - 1; k >= 0; k--)
            if (char.IsLetter(text[k])) return text[k];
        return ' ';
    }

    private static void Append(TextLine head, TextLine piece)
    {
        char last = head.Text[^1], first = piece.Text[0];
        bool tight = first is ',' or '.' or ';' or ':' or ')' or '’' or '”' or '!' or '?' or '»' || last is '(' or '“' or '‘' or '«' or '-' or '/';
        var separator = tight ? "" : " ";
        head.Source = head.Source.Append(piece.Source, head.Text.Length + separator.Length);
        head.Text = head.Text + separator + piece.Text;
    }
}
