namespace Lede.PlainText;

/// <summary>
/// Where the characters of a line's text stood in the input: runs of characters copied unchanged, in order. The
/// characters between two runs (the space that joins two lines of a wrapped paragraph) map to the start of the next run.
/// </summary>
internal sealed class SourceMap
{
    private readonly List<(int At, int InputAt, int Length)> _runs;

    private SourceMap(List<(int At, int InputAt, int Length)> runs) => _runs = runs;

    /// <summary>A text copied from <paramref name="inputAt"/> in one run of <paramref name="length"/> characters.</summary>
    public static SourceMap Run(int inputAt, int length) => new([(0, inputAt, length)]);

    /// <summary>Runs given in text order: (offset in the text, offset in the input, length).</summary>
    public static SourceMap Of(List<(int At, int InputAt, int Length)> runs) => new(runs);

    /// <summary>This map followed by <paramref name="next"/>, whose text starts at <paramref name="offset"/> of the joined text.</summary>
    public SourceMap Append(SourceMap next, int offset)
    {
        var runs = new List<(int, int, int)>(_runs.Count + next._runs.Count);
        runs.AddRange(_runs);
        foreach (var (at, inputAt, length) in next._runs) runs.Add((at + offset, inputAt, length));
        return new SourceMap(runs);
    }

    /// <summary>The offset in the input of the character at <paramref name="at"/> in the text.</summary>
    public int ToInput(int at)
    {
        foreach (var (start, inputAt, length) in _runs)
        {
            if (at < start) return inputAt; // between runs: the next run's first character
            if (at < start + length) return inputAt + (at - start);
        }
        var (s, i, l) = _runs[^1];
        return i + l + Math.Max(0, at - (s + l));
    }

    /// <summary>The input span of the text's characters from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public TextSpan ToInput(int start, int end)
    {
        if (end <= start) return new TextSpan(ToInput(start), 0);
        int from = ToInput(start), to = ToInput(end - 1) + 1;
        return new TextSpan(from, Math.Max(0, to - from));
    }

    /// <summary>The runs: (offset in the text, offset in the input, length), in text order.</summary>
    public IReadOnlyList<(int At, int InputAt, int Length)> Runs => _runs;

    /// <summary>Where the line starts in the input.</summary>
    public int InputStart => _runs.Count == 0 ? 0 : _runs[0].InputAt;

    /// <summary>Where the line ends in the input (exclusive).</summary>
    public int InputEnd => _runs.Count == 0 ? 0 : _runs[^1].InputAt + _runs[^1].Length;
}
