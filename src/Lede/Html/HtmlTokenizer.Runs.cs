namespace Lede.Html;

/// <summary>
/// Building one value (a text run, an attribute value, a comment, a DOCTYPE name or identifier) as a single
/// contiguous range. It stays a range of the markup until a character has to change; then the markup read so far
/// is copied to the page's buffer and the rest of the value is appended there. Only one value is built at a time,
/// and each is finished within the <see cref="Next"/> call that reads it, so nothing else writes to the buffer
/// between its start and its end.
/// </summary>
internal sealed partial class HtmlTokenizer
{
    // The start of the markup not yet copied, and where the value starts in the buffer (-1: still in the markup).
    int segmentStart;
    int runBufferStart = -1;

    void BeginRun(int at)
    {
        segmentStart = at;
        runBufferStart = -1;
    }

    // Copies the markup read up to `at` to the buffer: the value's next character is not the markup's own.
    void FlushRun(int at)
    {
        if (runBufferStart < 0)
            runBufferStart = text.End;
        text.AppendRange(segmentStart, at - segmentStart);
    }

    // The character at `at` becomes `replacement` (U+0000 → U+FFFD, an uppercase letter lowercased); returns the next position.
    int ReplaceInRun(int at, char replacement)
    {
        FlushRun(at);
        text.Append(replacement);
        segmentStart = at + 1;
        return at + 1;
    }

    // The CR at `at` becomes LF; a CR LF pair becomes the LF alone. Returns the position after the pair or the CR.
    int NewlineInRun(int at)
    {
        FlushRun(at);
        segmentStart = at + 1;
        if (At(at + 1) == '\n')
            return at + 2; // the LF stays as the markup's own character
        text.Append('\n');
        return at + 1;
    }

    // Markup from `at` to `end` is replaced by `replacement` (a character reference); returns `end`.
    int ReplaceInRun(int at, int end, ReadOnlySpan<char> replacement)
    {
        FlushRun(at);
        text.Append(replacement);
        segmentStart = end;
        return end;
    }

    TextRange EndRun(int at)
    {
        if (runBufferStart < 0)
            return new TextRange(segmentStart, at - segmentStart);
        text.AppendRange(segmentStart, at - segmentStart);
        return new TextRange(runBufferStart, text.End - runBufferStart);
    }
}
