using Lede.Extraction;
namespace Lede.PlainText;

/// <summary>
/// Decides which lines are the story, in three steps: a line whose rule is certain (<see cref="IsCertain"/>: a credit, a
/// promo, a widget label, a byline…) is never story; the <see cref="LineModel"/> weighs every other line in its context,
/// the items of a list sharing one weight, and a line it keeps is body text; when it keeps too little of the text's prose (<see cref="MinProseShare"/>), the
/// densest stretch of prose is kept instead. A line left out takes the role its rule gave it (a credit, a promo, a
/// byline, a dateline) or is page furniture; credits and promos count only within the story's reach — a "Photos" entry
/// of a menu is no figure. Each line left out says why: its rule's reason, or the features that weighed most against it.
/// </summary>
internal static class StoryLines
{
    /// <summary>How far past the story's first and last lines a credit or promo still belongs to it.</summary>
    private const int Reach = 12;

    public static LineVerdict[] Decide(List<TextLine> lines, LineVerdict[] rules, LineModel model, bool explain, CancellationToken cancellationToken)
    {
        int n = lines.Count;
        var rows = LineFeatures.Compute(lines, rules);
        cancellationToken.ThrowIfCancellationRequested();
        var (p, storyRows) = model.Score(rows, n);
        cancellationToken.ThrowIfCancellationRequested();
        ShareAcrossLists(lines, rules, p);

        int first = -1, last = -1;
        for (int i = 0; i < n; i++)
        {
            if (p[i] < model.Threshold) continue;
            if (first < 0) first = i;
            last = i;
        }
        bool fallback = FoundTooLittle(rows, rules, p, model.Threshold);
        var verdicts = new LineVerdict[n];
        for (int i = 0; i < n; i++)
        {
            var rule = rules[i];
            if ((p[i] >= model.Threshold || fallback && IsDenseProse(rows, i)) && !IsCertain(rule.Rule))
            {
                verdicts[i] = new LineVerdict { Role = LineRole.Body, Rule = rule.Rule };
                continue;
            }
            bool nearStory = first >= 0 && i >= first - Reach && i <= last + Reach;
            if (rule.Role is LineRole.Credit or LineRole.Related && !nearStory)
                verdicts[i] = new LineVerdict { Role = LineRole.Noise, Rule = rule.Rule, Why = rule.Why + ", but far from the story: dropped", Stage = nameof(StoryLines) };
            else if (rule.Role != LineRole.Body)
                verdicts[i] = rule;
            else
                verdicts[i] = new LineVerdict
                {
                    Role = LineRole.Noise,
                    Why = explain ? LineModelReasons.Why(model, storyRows, i, p[i]) : "not story",
                    Stage = nameof(LineModel),
                };
        }
        return verdicts;
    }

    // A list is one block: its items stand or fall together, each taking the mean of their probabilities ("1. Design",
    // "2. Consultation", "3) Construction" in a story; a footer's column of links). A run is the consecutive list items of
    // one kind, certain furniture among them left out.
    internal static void ShareAcrossLists(List<TextLine> lines, LineVerdict[] rules, double[] p)
    {
        for (int i = 0; i < lines.Count;)
        {
            if (!lines[i].IsListItem || IsCertain(rules[i].Rule)) { i++; continue; }
            int j = i, count = 0;
            double sum = 0;
            for (; j < lines.Count && lines[j].IsListItem && lines[j].Markup == lines[i].Markup; j++)
            {
                if (IsCertain(rules[j].Rule)) continue;
                sum += p[j];
                count++;
            }
            for (int k = i; k < j; k++)
                if (!IsCertain(rules[k].Rule)) p[k] = sum / count;
            i = j;
        }
    }

    /// <summary>
    /// The fallback: when the lines the model keeps hold less than this share of the text's prose (sentences of eight
    /// words or more, and runs of fifty words or more), it has missed the story — a text of one long line, a layout it never met — and the densest
    /// stretch of prose is kept instead, as the HTML path falls back when its container is too small.
    /// </summary>
    private const double MinProseShare = 0.2;

    /// <summary>A line of this many words is running text whatever its end: no menu, label or teaser runs so long.</summary>
    private const int LongRunWords = 50;

    private static bool FoundTooLittle(float[] rows, LineVerdict[] rules, double[] p, double threshold)
    {
        int f = (int)LineFeatures.F.Count;
        double kept = 0, prose = 0;
        for (int i = 0; i < p.Length; i++)
        {
            if (IsCertain(rules[i].Rule)) continue;
            double chars = double.Exp2(rows[i * f + (int)LineFeatures.F.LogChars]) - 1;
            if (p[i] >= threshold) kept += chars;
            if (IsProse(rows, i)) prose += chars;
        }
        return prose > 0 && kept < MinProseShare * prose;
    }

    private static bool IsProse(float[] rows, int i)
    {
        var row = rows.AsSpan(i * (int)LineFeatures.F.Count, (int)LineFeatures.F.Count);
        // A sentence of eight words or more, or a run of text too long to be anything else (a whole text on one line).
        float words = row[(int)LineFeatures.F.Words];
        return words >= 8 && (row[(int)LineFeatures.F.EndsSentence] > 0 || row[(int)LineFeatures.F.Sentences] > 1) || words >= LongRunWords;
    }

    // Prose of the densest stretch, or a run of text too long to be anything but story.
    private static bool IsDenseProse(float[] rows, int i)
        => IsProse(rows, i) && (rows[i * (int)LineFeatures.F.Count + (int)LineFeatures.F.InDensest] > 0 || rows[i * (int)LineFeatures.F.Count + (int)LineFeatures.F.Words] >= LongRunWords);

    /// <summary>
    /// The rules whose lines are never story, whatever the model makes of their context: on the naive scrapes of the
    /// development pages at most 3% of the lines each matches are in the human-written bodies (<c>lede-train --rules</c>),
    /// and a credit or a promo is not lost but becomes a figure or a related link. A bare URL, an e-mail address or a row
    /// of short labels between bars may be the story's (a source it cites, a table's row): the model decides those.
    /// </summary>
    internal static bool IsCertain(LineRule rule) => rule is LineRule.NoWords or LineRule.Copyright or LineRule.Byline or LineRule.Dateline
        or LineRule.Credit or LineRule.Related or LineRule.WidgetLabel or LineRule.WidgetTitle or LineRule.PictureLabel or LineRule.Promo
        or LineRule.Gallery or LineRule.Timestamp;
}
