using System.Globalization;

namespace Lede.PlainText;

/// <summary>
/// Says in words why the <see cref="LineModel"/> left a line out: the features whose values moved its score most
/// towards "not story" (<see cref="TreeEnsemble.Explain"/>), each named for a reader ("a few words", "in a run of short
/// lines", "far from the story's prose").
/// </summary>
internal static class LineModelReasons
{
    /// <summary>At most this many features are named.</summary>
    private const int Named = 3;

    public static string Why(LineModel model, float[] rows, int line, double probability)
    {
        int w = StoryFeatures.Width;
        var row = rows.AsSpan(line * w, w);
        var contributions = new double[w];
        if (model.Second is null) return $"not story (p {probability.ToString("0.00", CultureInfo.InvariantCulture)})";
        model.Second.Explain(row, contributions);
        var reasons = new List<string>(Named);
        foreach (int feature in Enumerable.Range(0, w).Where(f => contributions[f] < 0).OrderBy(f => contributions[f]).ThenBy(f => f))
        {
            var phrase = Phrase(StoryFeatures.Names[feature], row[feature]);
            if (phrase is null || reasons.Contains(phrase)) continue;
            reasons.Add(phrase);
            if (reasons.Count == Named) break;
        }
        var p = probability.ToString("0.00", CultureInfo.InvariantCulture);
        return reasons.Count == 0 ? $"not story (p {p})" : $"not story (p {p}): {string.Join("; ", reasons)}";
    }

    // A reader's name for a feature and its value; null for features that say nothing on their own.
    private static string? Phrase(string feature, float value) => feature switch
    {
        nameof(LineFeatures.F.LogChars) or nameof(LineFeatures.F.Words) => $"{Words(value, feature)}",
        nameof(LineFeatures.F.EndsSentence) => value > 0 ? "ends like a sentence" : "does not end like a sentence",
        nameof(LineFeatures.F.Sentences) => $"{value:0} sentence{(value == 1 ? "" : "s")}",
        nameof(LineFeatures.F.FunctionWords) or nameof(LineFeatures.F.FrequentWords) => $"few function words ({value:0%})",
        nameof(LineFeatures.F.Capitalised) or nameof(LineFeatures.F.TitleCased) => "capitalised like a title or a label",
        nameof(LineFeatures.F.AllCaps) => "in capitals",
        nameof(LineFeatures.F.Digits) => "mostly digits",
        nameof(LineFeatures.F.Punctuation) or nameof(LineFeatures.F.Separators) => "symbols and separators",
        nameof(LineFeatures.F.HasUrl) or nameof(LineFeatures.F.HasHandle) => "an address or a handle",
        nameof(LineFeatures.F.Bullet) or nameof(LineFeatures.F.Ordered) or nameof(LineFeatures.F.Bullets3) or nameof(LineFeatures.F.Bullets10) => "a list entry among list entries",
        nameof(LineFeatures.F.Heading) => "a heading",
        nameof(LineFeatures.F.Widget) => "a picture's or a form's stand-in",
        nameof(LineFeatures.F.Indent) or nameof(LineFeatures.F.IndentIsProse) => "indented unlike the prose",
        nameof(LineFeatures.F.Repeats) => value > 0 ? $"recurs in the text ({double.Exp2(value):0}×)" : null,
        nameof(LineFeatures.F.Chars1) or nameof(LineFeatures.F.Chars3) or nameof(LineFeatures.F.Chars10)
            or nameof(LineFeatures.F.Short1) or nameof(LineFeatures.F.Short3) or nameof(LineFeatures.F.Short10)
            or nameof(LineFeatures.F.PrevChars) or nameof(LineFeatures.F.NextChars) => "among short lines",
        nameof(LineFeatures.F.Ends1) or nameof(LineFeatures.F.Ends3) or nameof(LineFeatures.F.Ends10)
            or nameof(LineFeatures.F.PrevEnds) or nameof(LineFeatures.F.NextEnds) => "among lines that are no sentences",
        nameof(LineFeatures.F.Function3) or nameof(LineFeatures.F.Function10) => "among lines of few function words",
        nameof(LineFeatures.F.ShortRun) => $"in a run of {double.Exp2(value) - 1:0} short lines",
        nameof(LineFeatures.F.ProseBefore) or nameof(LineFeatures.F.ProseAfter) or nameof(LineFeatures.F.ProseNear)
            or nameof(LineFeatures.F.InDensest) or nameof(LineFeatures.F.DensestDistance) => "far from the text's prose",
        nameof(LineFeatures.F.DateOrTime) or nameof(LineFeatures.F.DateOrTime3) => "holds a date or a time, as comments and teasers do",
        nameof(LineFeatures.F.LabelColon) => "opens with a label and a colon",
        nameof(LineFeatures.F.CommentsHeading) or nameof(LineFeatures.F.AfterComments) => "in the page's comments",
        nameof(LineFeatures.F.PrevFunction) or nameof(LineFeatures.F.NextFunction) or nameof(LineFeatures.F.PrevWords) or nameof(LineFeatures.F.NextWords) => "among short lines",
        nameof(LineFeatures.F.PrevListItem) or nameof(LineFeatures.F.NextListItem) => "a list entry among list entries",
        nameof(LineFeatures.F.PageTitleWords) => "repeats the page's title",
        nameof(LineFeatures.F.EndsWithCount) => value > 0 ? "ends with a count, as teasers and categories do" : null,
        nameof(LineFeatures.F.DateNearStart) => value > 0 ? "opens with a date or a time, as comments do" : null,
        nameof(StoryFeatures.S.StoryBefore) or nameof(StoryFeatures.S.StoryAfter) or nameof(StoryFeatures.S.StoryCharsNear) => "far from the story's lines",
        nameof(StoryFeatures.S.P) => "on its own it reads as no story",
        nameof(StoryFeatures.S.PrevP) or nameof(StoryFeatures.S.NextP) or nameof(StoryFeatures.S.PrevP2) or nameof(StoryFeatures.S.NextP2)
            or nameof(StoryFeatures.S.MeanP3) or nameof(StoryFeatures.S.MaxNeighbourP) => "the lines beside it are no story",
        nameof(StoryFeatures.S.MeanP10) or nameof(StoryFeatures.S.MeanP25) => "few lines of story around it",
        nameof(StoryFeatures.S.MassBefore) => value < 0.05 ? "before the story" : null,
        nameof(StoryFeatures.S.MassAfter) => value < 0.05 ? "after the story" : null,
        nameof(StoryFeatures.S.InStory) or nameof(StoryFeatures.S.StoryDistance) => "outside the story's stretch of text",
        _ when feature.StartsWith("Rule", StringComparison.Ordinal) && value > 0 => "what its words say it is",
        _ => null,
    };

    private static string Words(float value, string feature)
        => feature == nameof(LineFeatures.F.Words) ? $"{value:0} word{(value == 1 ? "" : "s")}" : $"{double.Exp2(value) - 1:0} characters";
}
