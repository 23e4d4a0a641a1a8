namespace Lede;

/// <summary>
/// Where the characters of <see cref="Article.Text"/> stood in the plain text the article was cleaned from: runs of
/// characters copied unchanged, in text order. Characters the body adds (the blank line between blocks, the space that
/// joins a wrapped paragraph's lines) belong to no run.
/// </summary>
internal sealed class InputMap
{
    private readonly int[] _textStart;
    private readonly int[] _inputStart;
    private readonly int[] _length;

    public InputMap(List<(int TextStart, int InputStart, int Length)> runs)
    {
        runs.Sort((a, b) => a.TextStart.CompareTo(b.TextStart));
        _textStart = runs.Select(r => r.TextStart).ToArray();
        _inputStart = runs.Select(r => r.InputStart).ToArray();
        _length = runs.Select(r => r.Length).ToArray();
    }

    /// <summary>
    /// The input span from the first character of <paramref name="span"/> that came from the input to its last one; null
    /// when none of its characters did.
    /// </summary>
    public TextSpan? ToInput(TextSpan span)
    {
        if (span.Length <= 0)
        {
            int at = First(span.Start);
            return at < 0 ? null : new TextSpan(InputOf(at, Math.Max(span.Start, _textStart[at])), 0);
        }
        int first = First(span.Start);
        if (first < 0 || _textStart[first] >= span.End) return null;
        int last = Last(span.End - 1);
        int from = InputOf(first, Math.Max(span.Start, _textStart[first]));
        int to = InputOf(last, Math.Min(span.End - 1, _textStart[last] + _length[last] - 1)) + 1;
        return new TextSpan(from, Math.Max(0, to - from));
    }

    private int InputOf(int run, int textOffset) => _inputStart[run] + (textOffset - _textStart[run]);

    // The first run that ends after `offset` (the run holding it, or the next one); -1 when none.
    private int First(int offset)
    {
        int lo = 0, hi = _textStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_textStart[mid] + _length[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo < _textStart.Length ? lo : -1;
    }

    // The last run that starts at or before `offset`.
    private int Last(int offset)
    {
        int lo = 0, hi = _textStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_textStart[mid] <= offset) lo = mid + 1;
            else hi = mid;
        }
        return Math.Max(0, lo - 1);
    }
}
