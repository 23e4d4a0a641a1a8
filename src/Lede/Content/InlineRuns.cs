namespace Lede.Content;

/// <summary>Keeps a block's inline runs in step when its text is cut or put on one line.</summary>
internal static class InlineRuns
{
    /// <summary>The runs with each line break made a space, as a heading's or a table cell's text is.</summary>
    public static IReadOnlyList<InlineRun> OnOneLine(IReadOnlyList<InlineRun> runs)
    {
        if (runs.Count == 0) return runs;
        var flat = new InlineRun[runs.Count];
        for (int i = 0; i < runs.Count; i++)
            flat[i] = runs[i].Text.Contains('\n') ? runs[i] with { Text = runs[i].Text.Replace('\n', ' ') } : runs[i];
        return flat;
    }

    /// <summary>The runs of the stretch [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) of their text; empty when it is all plain.</summary>
    public static IReadOnlyList<InlineRun> Slice(IReadOnlyList<InlineRun> runs, int start, int length)
    {
        if (runs.Count == 0) return runs;
        var slice = new List<InlineRun>();
        int at = 0, end = start + length;
        foreach (var run in runs)
        {
            int from = Math.Max(at, start), to = Math.Min(at + run.Text.Length, end);
            if (to > from) slice.Add(from == at && to == at + run.Text.Length ? run : run with { Text = run.Text[(from - at)..(to - at)] });
            at += run.Text.Length;
        }
        return slice.Exists(r => !r.IsPlain) ? slice : [];
    }
}
