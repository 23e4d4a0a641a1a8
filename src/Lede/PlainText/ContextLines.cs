namespace Lede.PlainText;

/// <summary>
/// The lines a line's context is read from: every line but those whose rule is certain (<see cref="StoryLines.IsCertain"/>:
/// credits, promos, widget labels, bylines…). Such furniture is transparent to context — a paragraph between an inline
/// "Related: …" and a picture's credit stands among story, not among furniture — as the HTML pipeline takes known
/// boilerplate out before it measures what is left. A line's neighbours are the context lines before and after it, and
/// its windows run over context lines only.
/// </summary>
internal readonly struct ContextLines
{
    /// <summary>The context lines, in order.</summary>
    public int[] Lines { get; }

    /// <summary>For each line, its place among the context lines (for a furniture line: the place of the next context line).</summary>
    public int[] Place { get; }

    public ContextLines(ReadOnlySpan<bool> furniture)
    {
        var lines = new List<int>(furniture.Length);
        var place = new int[furniture.Length];
        for (int i = 0; i < furniture.Length; i++)
        {
            place[i] = lines.Count;
            if (!furniture[i]) lines.Add(i);
        }
        Lines = [.. lines];
        Place = place;
    }

    public int Count => Lines.Length;

    /// <summary>The context line before line <paramref name="i"/>, or -1.</summary>
    public int Previous(int i) => Place[i] > 0 ? Lines[Place[i] - 1] : -1;

    /// <summary>The context line after line <paramref name="i"/>, or -1.</summary>
    public int Next(int i)
    {
        int k = Place[i] + (Place[i] < Lines.Length && Lines[Place[i]] == i ? 1 : 0);
        return k < Lines.Length ? Lines[k] : -1;
    }

    /// <summary>Where line <paramref name="i"/>'s windows are centred among the context lines (clamped into them).</summary>
    public int Centre(int i) => Math.Min(Place[i], Math.Max(0, Lines.Length - 1));

    /// <summary>The values of the context lines, in order.</summary>
    public T[] Select<T>(Func<int, T> value)
    {
        var values = new T[Lines.Length];
        for (int k = 0; k < Lines.Length; k++) values[k] = value(Lines[k]);
        return values;
    }
}
