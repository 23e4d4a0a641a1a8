namespace Lede.Benchmarks;

/// <summary>The median every runner reports: the middle value (the upper one of an even count), robust to a pass the machine disturbed.</summary>
internal static class Medians
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
