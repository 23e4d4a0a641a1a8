namespace Lede.PlainText;

/// <summary>
/// The second look the line model takes: each line's <see cref="LineFeatures"/> beside what the first look made of the
/// lines around it — their probabilities of being story over windows of 2 to 25 lines, how much of the story's text
/// stands before and after the line, and the longest stretch the first look reads as story. A story is one stretch of
/// text with few gaps: a short line between two paragraphs of story is a subheading or a fragment of the story, the
/// same line in a menu is not. Neighbours and windows are over the <see cref="ContextLines"/>, as the first look's.
/// </summary>
internal static class StoryFeatures
{
    /// <summary>The context features, after the <see cref="LineFeatures.F"/> of the line.</summary>
    public enum S
    {
        P, PrevP2, PrevP, NextP, NextP2, MeanP3, MeanP10, MeanP25, MaxNeighbourP, MassBefore, MassAfter, InStory, StoryDistance, StoryShare,
        StoryBefore, StoryAfter, StoryCharsNear,
        Count,
    }

    /// <summary>The feature names of a row: <see cref="LineFeatures.Names"/>, then these.</summary>
    public static readonly string[] Names = [.. LineFeatures.Names, .. Enum.GetNames<S>()[..(int)S.Count]];

    /// <summary>How many features a row holds.</summary>
    public static int Width => (int)LineFeatures.F.Count + (int)S.Count;

    /// <summary>The rows of the second look: each line's first features and its context in <paramref name="p"/>, the first look's probabilities.</summary>
    public static float[] Compute(ReadOnlySpan<float> lineRows, ReadOnlySpan<double> p)
    {
        int n = p.Length, f = (int)LineFeatures.F.Count, w = Width;
        var rows = new float[n * w];
        var mass = new double[n + 1];
        var furniture = new bool[n];
        for (int i = 0; i < n; i++)
        {
            double chars = double.Exp2(lineRows[i * f + (int)LineFeatures.F.LogChars]) - 1;
            mass[i + 1] = mass[i] + p[i] * chars;
            furniture[i] = IsCertainNoise(lineRows.Slice(i * f, f));
        }
        // Neighbours and windows over the context lines, as the first look's (ContextLines): furniture is transparent.
        var context = new ContextLines(furniture);
        var near = new double[context.Count];
        for (int k = 0; k < near.Length; k++) near[k] = p[context.Lines[k]];
        var prefix = new double[near.Length + 1];
        for (int k = 0; k < near.Length; k++) prefix[k + 1] = prefix[k] + near[k];
        var (storyStart, storyEnd, storyMass) = Story(lineRows, p);
        var (before, after) = StoryDistances(near);
        for (int i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * w, w);
            lineRows.Slice(i * f, f).CopyTo(row);
            var s = row[f..];
            int k = context.Centre(i);
            int previous = context.Previous(i), next = context.Next(i);
            int previous2 = previous >= 0 ? context.Previous(previous) : -1, next2 = next >= 0 ? context.Next(next) : -1;
            s[(int)S.P] = (float)p[i];
            s[(int)S.PrevP2] = previous2 >= 0 ? (float)p[previous2] : 0;
            s[(int)S.PrevP] = previous >= 0 ? (float)p[previous] : 0;
            s[(int)S.NextP] = next >= 0 ? (float)p[next] : 0;
            s[(int)S.NextP2] = next2 >= 0 ? (float)p[next2] : 0;
            s[(int)S.MeanP3] = Mean(prefix, k, 3);
            s[(int)S.MeanP10] = Mean(prefix, k, 10);
            s[(int)S.MeanP25] = Mean(prefix, k, 25);
            double max = 0;
            for (int j = Math.Max(0, k - 3); j <= Math.Min(near.Length - 1, k + 3); j++) if (context.Lines[j] != i) max = Math.Max(max, near[j]);
            s[(int)S.MaxNeighbourP] = (float)max;
            s[(int)S.MassBefore] = mass[n] <= 0 ? 0 : (float)(mass[i] / mass[n]);
            s[(int)S.MassAfter] = mass[n] <= 0 ? 0 : (float)((mass[n] - mass[i + 1]) / mass[n]);
            s[(int)S.InStory] = i >= storyStart && i < storyEnd ? 1 : 0;
            s[(int)S.StoryDistance] = MathF.Log2(1 + (i < storyStart ? storyStart - i : i >= storyEnd ? i - storyEnd + 1 : 0));
            s[(int)S.StoryShare] = mass[n] <= 0 ? 0 : (float)(storyMass / mass[n]);
            s[(int)S.StoryBefore] = near.Length == 0 ? MathF.Log2(65) : MathF.Log2(1 + before[k]);
            s[(int)S.StoryAfter] = near.Length == 0 ? MathF.Log2(65) : MathF.Log2(1 + after[k]);
            int from = Math.Max(0, i - 10), to = Math.Min(n, i + 11);
            s[(int)S.StoryCharsNear] = mass[n] <= 0 ? 0 : (float)((mass[to] - mass[from]) / mass[n]);
        }
        return rows;
    }

    // How many lines back and ahead the nearest line the first look calls story stands (64 when there is none).
    private static (int[] Before, int[] After) StoryDistances(double[] p)
    {
        const int none = 64;
        int n = p.Length;
        var before = new int[n];
        var after = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            before[i] = last < 0 ? none : Math.Min(none, i - last);
            if (p[i] >= 0.5) last = i;
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--)
        {
            after[i] = last < 0 ? none : Math.Min(none, last - i);
            if (p[i] >= 0.5) last = i;
        }
        return (before, after);
    }

    // The line matched a rule whose lines are never story (StoryLines.IsCertain), as its row's one-hot rule features say.
    private static bool IsCertainNoise(ReadOnlySpan<float> row)
    {
        for (var rule = LineRule.NoWords; rule <= LineRule.Timestamp; rule++)
            if (row[(int)LineFeatures.F.RuleNoWords + (int)rule - 1] > 0) return StoryLines.IsCertain(rule);
        return false;
    }

    private static float Mean(double[] prefix, int i, int w)
    {
        int from = Math.Max(0, i - w), to = Math.Min(prefix.Length - 1, i + w + 1);
        return to > from ? (float)((prefix[to] - prefix[from]) / (to - from)) : 0;
    }

    // The stretch of lines the first look reads as story: the maximum-sum segment of (p − ½) weighted by each line's
    // length, so a long paragraph of story outweighs a few doubtful short lines around it. Its share of the story's mass.
    private static (int Start, int End, double Mass) Story(ReadOnlySpan<float> lineRows, ReadOnlySpan<double> p)
    {
        int f = (int)LineFeatures.F.Count;
        double best = 0, sum = 0, mass = 0, bestMass = 0;
        int start = 0, bestStart = 0, bestEnd = 0;
        for (int i = 0; i < p.Length; i++)
        {
            // A credit or a promo inside the story (an inline "Related: …", a picture's credit) neither extends nor breaks it.
            if (IsCertainNoise(lineRows.Slice(i * f, f))) continue;
            double logChars = lineRows[i * f + (int)LineFeatures.F.LogChars];
            double chars = double.Exp2(logChars) - 1;
            if (sum <= 0) { sum = 0; mass = 0; start = i; }
            sum += (p[i] - 0.5) * (1 + logChars);
            mass += p[i] * chars;
            if (sum > best) { best = sum; bestStart = start; bestEnd = i + 1; bestMass = mass; }
        }
        return (bestStart, bestEnd, bestMass);
    }
}
