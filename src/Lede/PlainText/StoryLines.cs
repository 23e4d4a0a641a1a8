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
            if (p[i] >= model.Threshold)
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
}
