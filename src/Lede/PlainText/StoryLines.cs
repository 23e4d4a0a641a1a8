namespace Lede.PlainText;

/// <summary>
/// Decides which lines are the story: the <see cref="LineModel"/> weighs each line in its context; a line it keeps is
/// body text, and a line it leaves out takes the role its rule gave it (a credit, a promo, a byline, a dateline) or is
/// page furniture. Credits and promos count only within the story's reach — a "Photos" entry of a menu is no figure.
/// Each line left out says why: its rule's reason, or the features that weighed most against it.
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

        int first = -1, last = -1;
        for (int i = 0; i < n; i++)
        {
            if (p[i] < model.Threshold) continue;
            if (first < 0) first = i;
            last = i;
        }
        var verdicts = new LineVerdict[n];
        for (int i = 0; i < n; i++)
        {
            var rule = rules[i];
            if (p[i] >= model.Threshold && !IsCertain(rule.Rule))
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
