namespace Lede.Cli;

/// <summary>
/// Hands out output names that cannot collide: a name the first time, then <c>name-2</c>, <c>name-3</c>, … — the
/// first not yet taken. Names are compared ignoring case, as Windows and macOS file systems do, so the outputs
/// stay apart there too. The same names asked for in the same order give the same answers on every run.
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes <paramref name="name"/>, or the first free <c>name-N</c> (N from 2), and returns it.</summary>
    public string Claim(string name)
    {
        if (_taken.Add(name))
            return name;
        for (int n = 2; ; n++)
        {
            var numbered = $"{name}-{n}";
            if (_taken.Add(numbered))
                return numbered;
        }
    }
}
