namespace Lede.PlainText;

/// <summary>
/// What the line model reads of each line, in one pass over the text and its prefix sums (linear in the text): the
/// line's own shape (length, sentence ends, function words, capitals, digits, markup), what the lexicons say of it
/// (<see cref="LineRule"/>), how often it recurs, where it stands, and the shape of the lines around it (windows of 1,
/// 3 and 10 lines, the run of short lines it is in, the distance to the nearest line of prose, the densest stretch of
/// prose in the text) — the lines around it being its <see cref="ContextLines"/>, certain furniture left out. No feature names a word of a site: the model generalises from shapes, not from pages.
/// </summary>
internal static partial class LineFeatures
{
    /// <summary>The features, in the order of a row; the model is bound to these names.</summary>
    public enum F
    {
        LogChars, Words, MeanWordLength, EndsSentence, Sentences, FunctionWords, FrequentWords, Capitalised, AllCaps,
        Digits, Punctuation, Commas, HasUrl, HasHandle, Separators, StartsLower, StartsQuote, EndsColon, TitleCased,
        Bullet, Ordered, Heading, Quote, Widget, Indent, IndentIsProse,
        RuleNoWords, RuleBareUrl, RuleEmail, RuleCopyright, RuleByline, RuleDateline, RuleLinkRow, RuleCredit, RuleRelated,
        RuleWidgetLabel, RuleWidgetTitle, RulePictureLabel, RulePromo, RuleGallery, RuleTimestamp,
        Repeats, BlankBefore, BlankAfter, BlockLines, BlockStyle,
        Chars1, Chars3, Chars10, Ends1, Ends3, Ends10, Function3, Function10, Short1, Short3, Short10, Bullets3, Bullets10,
        PrevChars, NextChars, PrevEnds, NextEnds, PrevSameMarkup, NextSameMarkup,
        ShortRun, ProseBefore, ProseAfter, ProseNear, InDensest, DensestDistance, DocLines, DocProse,
        DateOrTime, LabelColon, CommentsHeading, AfterComments, DateOrTime3, PrevFunction, NextFunction, PrevWords, NextWords,
        PrevListItem, NextListItem, PageTitleWords, EndsWithCount, DateNearStart,
        Count,
    }

    /// <summary>The feature names in row order.</summary>
    public static readonly string[] Names = Enum.GetNames<F>()[..(int)F.Count];

    /// <summary>Words of a text's own most frequent words: words that recur across a page are its language's function words.</summary>
    private const int FrequentWordCount = 32;

    /// <summary>A line of prose: this many words or more, ending like a sentence (or holding two).</summary>
    private const int ProseWords = 8;

    /// <summary>Distances to prose are counted up to this many lines.</summary>
    private const int MaxDistance = 64;

    /// <summary>The features of every line: row <c>i</c> at <c>[i * Count, (i + 1) * Count)</c>.</summary>
    public static float[] Compute(IReadOnlyList<TextLine> lines, ReadOnlySpan<LineVerdict> rules)
    {
        int n = lines.Count, c = (int)F.Count;
        var rows = new float[n * c];
        if (n == 0) return rows;
        var shape = new LineShape[n];
        var frequent = FrequentWords(lines);
        var repeats = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < n; i++)
        {
            shape[i] = LineShape.Of(lines[i].Text, frequent);
            repeats[lines[i].Text] = repeats.GetValueOrDefault(lines[i].Text) + 1;
        }
        int proseIndent = ProseIndent(lines, shape);
        bool blockStyle = TextLines.SeparatedByBlankLines(lines);

        // A line's context is read from the lines around it but the certain furniture (ContextLines): windows, runs,
        // distances and neighbours below are over the context lines, indexed by place (k), not by line (i).
        var furniture = new bool[n];
        for (int i = 0; i < n; i++) furniture[i] = StoryLines.IsCertain(rules[i].Rule);
        var context = new ContextLines(furniture);
        var near = context.Select(i => shape[i]);
        var logChars = Prefix(near, s => s.LogChars);
        var ends = Prefix(near, s => s.EndsSentence ? 1 : 0);
        var function = Prefix(near, s => s.FunctionWords);
        var shorts = Prefix(near, s => s.IsShort ? 1 : 0);
        var bullets = Prefix(context.Select(i => lines[i].IsListItem), b => b ? 1 : 0);
        var proseChars = Prefix(near, s => s.IsProse ? s.Chars : 0);
        var dates = Prefix(near, s => s.DateOrTime ? 1 : 0);
        var (denseStart, denseEnd) = Densest(near);
        int proseLines = 0;
        foreach (var s in shape) if (s.IsProse) proseLines++;
        var shortRun = ShortRuns(near);
        var (proseBefore, proseAfter) = ProseDistances(near);
        var blockLines = BlockSizes(lines);
        var titleWords = TitleWords(lines);
        int commentsAt = -1;

        for (int i = 0; i < n; i++)
        {
            var row = rows.AsSpan(i * c, c);
            var s = shape[i];
            var line = lines[i];
            int k = context.Centre(i), before = context.Previous(i), after = context.Next(i);
            bool isContext = context.Count > 0 && context.Lines[k] == i;
            row[(int)F.LogChars] = s.LogChars;
            row[(int)F.Words] = s.Words;
            row[(int)F.MeanWordLength] = s.Words == 0 ? 0 : s.Letters / (float)s.Words;
            row[(int)F.EndsSentence] = s.EndsSentence ? 1 : 0;
            row[(int)F.Sentences] = s.Sentences;
            row[(int)F.FunctionWords] = s.FunctionWords;
            row[(int)F.FrequentWords] = s.FrequentWords;
            row[(int)F.Capitalised] = s.Capitalised;
            row[(int)F.AllCaps] = s.AllCaps;
            row[(int)F.Digits] = s.Digits;
            row[(int)F.Punctuation] = s.Punctuation;
            row[(int)F.Commas] = s.Words == 0 ? 0 : s.Commas / (float)s.Words;
            row[(int)F.HasUrl] = s.HasUrl ? 1 : 0;
            row[(int)F.HasHandle] = s.HasHandle ? 1 : 0;
            row[(int)F.Separators] = s.Separators;
            row[(int)F.StartsLower] = s.StartsLower ? 1 : 0;
            row[(int)F.StartsQuote] = s.StartsQuote ? 1 : 0;
            row[(int)F.EndsColon] = s.EndsColon ? 1 : 0;
            row[(int)F.TitleCased] = s.TitleCased ? 1 : 0;
            row[(int)F.Bullet] = line.Markup == LineMarkup.Bullet ? line.Level : 0;
            row[(int)F.Ordered] = line.Markup == LineMarkup.Ordered ? 1 : 0;
            row[(int)F.Heading] = line.Markup == LineMarkup.Heading ? line.Level : 0;
            row[(int)F.Quote] = line.Markup == LineMarkup.Quote ? 1 : 0;
            row[(int)F.Widget] = line.Markup == LineMarkup.Widget ? 1 : 0;
            row[(int)F.Indent] = Math.Min(line.Indent, 40);
            row[(int)F.IndentIsProse] = proseIndent >= 0 && line.Indent == proseIndent ? 1 : 0;
            if (rules[i].Rule != LineRule.None) row[(int)F.RuleNoWords + (int)rules[i].Rule - 1] = 1;
            row[(int)F.Repeats] = MathF.Log2(repeats[line.Text]);
            row[(int)F.BlankBefore] = i > 0 && lines[i - 1].Block != line.Block ? 1 : 0;
            row[(int)F.BlankAfter] = i + 1 < n && lines[i + 1].Block != line.Block ? 1 : 0;
            row[(int)F.BlockLines] = Math.Min(blockLines[i], 50);
            row[(int)F.BlockStyle] = blockStyle ? 1 : 0;
            row[(int)F.Chars1] = Mean(logChars, k, 1);
            row[(int)F.Chars3] = Mean(logChars, k, 3);
            row[(int)F.Chars10] = Mean(logChars, k, 10);
            row[(int)F.Ends1] = Mean(ends, k, 1);
            row[(int)F.Ends3] = Mean(ends, k, 3);
            row[(int)F.Ends10] = Mean(ends, k, 10);
            row[(int)F.Function3] = Mean(function, k, 3);
            row[(int)F.Function10] = Mean(function, k, 10);
            row[(int)F.Short1] = Mean(shorts, k, 1);
            row[(int)F.Short3] = Mean(shorts, k, 3);
            row[(int)F.Short10] = Mean(shorts, k, 10);
            row[(int)F.Bullets3] = Mean(bullets, k, 3);
            row[(int)F.Bullets10] = Mean(bullets, k, 10);
            row[(int)F.PrevChars] = before >= 0 ? shape[before].LogChars : -1;
            row[(int)F.NextChars] = after >= 0 ? shape[after].LogChars : -1;
            row[(int)F.PrevEnds] = before >= 0 && shape[before].EndsSentence ? 1 : 0;
            row[(int)F.NextEnds] = after >= 0 && shape[after].EndsSentence ? 1 : 0;
            row[(int)F.PrevSameMarkup] = before >= 0 && lines[before].Markup == line.Markup ? 1 : 0;
            row[(int)F.NextSameMarkup] = after >= 0 && lines[after].Markup == line.Markup ? 1 : 0;
            row[(int)F.ShortRun] = isContext ? MathF.Log2(1 + shortRun[k]) : 0;
            row[(int)F.ProseBefore] = context.Count == 0 ? MathF.Log2(1 + MaxDistance) : MathF.Log2(1 + proseBefore[k]);
            row[(int)F.ProseAfter] = context.Count == 0 ? MathF.Log2(1 + MaxDistance) : MathF.Log2(1 + proseAfter[k]);
            row[(int)F.ProseNear] = proseChars[^1] == 0 ? 0 : Sum(proseChars, k, 10) / proseChars[^1];
            row[(int)F.InDensest] = isContext && k >= denseStart && k < denseEnd ? 1 : 0;
            row[(int)F.DensestDistance] = MathF.Log2(1 + (k < denseStart ? denseStart - k : k >= denseEnd ? k - denseEnd + 1 : 0));
            row[(int)F.DocLines] = MathF.Log2(n);
            row[(int)F.DocProse] = proseLines / (float)n;
            row[(int)F.DateOrTime] = s.DateOrTime ? 1 : 0;
            row[(int)F.LabelColon] = s.LabelColon ? 1 : 0;
            row[(int)F.CommentsHeading] = s.CommentsHeading ? 1 : 0;
            row[(int)F.AfterComments] = commentsAt < 0 ? 0 : 1 / MathF.Log2(2 + i - commentsAt);
            row[(int)F.DateOrTime3] = Mean(dates, k, 3);
            row[(int)F.PrevFunction] = before >= 0 ? shape[before].FunctionWords : -1;
            row[(int)F.NextFunction] = after >= 0 ? shape[after].FunctionWords : -1;
            row[(int)F.PrevWords] = before >= 0 ? MathF.Log2(1 + shape[before].Words) : -1;
            row[(int)F.NextWords] = after >= 0 ? MathF.Log2(1 + shape[after].Words) : -1;
            row[(int)F.PrevListItem] = before >= 0 && lines[before].IsListItem ? 1 : 0;
            row[(int)F.NextListItem] = after >= 0 && lines[after].IsListItem ? 1 : 0;
            row[(int)F.PageTitleWords] = i == 0 || s.Words == 0 ? 0 : Shared(line.Text, titleWords) / (float)s.Words;
            row[(int)F.EndsWithCount] = s.EndsWithCount ? 1 : 0;
            row[(int)F.DateNearStart] = s.DateNearStart ? 1 : 0;
            if (s.CommentsHeading) commentsAt = i;
        }
        return rows;
    }

    private static float[] Prefix<T>(T[] items, Func<T, float> value)
    {
        var sums = new float[items.Length + 1];
        for (int i = 0; i < items.Length; i++) sums[i + 1] = sums[i] + value(items[i]);
        return sums;
    }

    private static float Sum(float[] prefix, int i, int w)
    {
        int from = Math.Max(0, i - w), to = Math.Min(prefix.Length - 1, i + w + 1);
        return to > from ? prefix[to] - prefix[from] : 0;
    }

    private static float Mean(float[] prefix, int i, int w)
    {
        int from = Math.Max(0, i - w), to = Math.Min(prefix.Length - 1, i + w + 1);
        return to > from ? (prefix[to] - prefix[from]) / (to - from) : 0;
    }

    // The words of the text's first line: a whole-page scrape opens with the page's title, which repeats the headline.
    private static HashSet<string> TitleWords(IReadOnlyList<TextLine> lines)
        => LineShape.WordsOf(lines[0].Text).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    private static int Shared(string text, HashSet<string> words)
    {
        if (words.Count == 0) return 0;
        int shared = 0;
        foreach (var word in LineShape.WordsOf(text))
            if (words.Contains(word.ToLowerInvariant())) shared++;
        return shared;
    }

    // The text's most frequent words (a word a line counted once): on any page they are its language's function words.
    private static HashSet<string> FrequentWords(IReadOnlyList<TextLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            seen.Clear();
            foreach (var word in LineShape.WordsOf(line.Text))
            {
                if (word.Length > 12) continue;
                var key = word.ToLowerInvariant();
                if (seen.Add(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts.Where(kv => kv.Value >= 3).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(FrequentWordCount).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    // The indentation most lines of prose share (a text browser indents paragraphs by three); -1 without prose.
    private static int ProseIndent(IReadOnlyList<TextLine> lines, LineShape[] shape)
    {
        var counts = new Dictionary<int, int>();
        for (int i = 0; i < lines.Count; i++)
            if (shape[i].IsProse) counts[lines[i].Indent] = counts.GetValueOrDefault(lines[i].Indent) + 1;
        return counts.Count == 0 ? -1 : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
    }

    /// <summary>
    /// What a line that is not prose costs the densest stretch, against a paragraph's hundredth of its characters: a
    /// few fragments or a subheading between two paragraphs (a quarter each) do not split it, a menu of a dozen lines does.
    /// </summary>
    private const double NotProseCost = 0.25;

    // The stretch of lines with the most prose in it, short lines counting against: Kadane's maximum-sum segment.
    private static (int Start, int End) Densest(LineShape[] shape)
    {
        double best = 0, sum = 0;
        int bestStart = 0, bestEnd = 0, start = 0;
        for (int i = 0; i < shape.Length; i++)
        {
            double score = shape[i].IsProse ? Math.Min(shape[i].Chars, 1000) / 100.0 : -NotProseCost;
            if (sum <= 0) { sum = 0; start = i; }
            sum += score;
            if (sum > best) { best = sum; bestStart = start; bestEnd = i + 1; }
        }
        return (bestStart, bestEnd);
    }

    // For each short line, how many short lines stand in its run (its own included); 0 for other lines.
    private static int[] ShortRuns(LineShape[] shape)
    {
        var runs = new int[shape.Length];
        for (int i = 0; i < shape.Length;)
        {
            if (!shape[i].IsShort) { i++; continue; }
            int j = i;
            while (j < shape.Length && shape[j].IsShort) j++;
            for (int k = i; k < j; k++) runs[k] = j - i;
            i = j;
        }
        return runs;
    }

    private static (int[] Before, int[] After) ProseDistances(LineShape[] shape)
    {
        int n = shape.Length;
        var before = new int[n];
        var after = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            before[i] = last < 0 ? MaxDistance : Math.Min(MaxDistance, i - last);
            if (shape[i].IsProse) last = i;
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--)
        {
            after[i] = last < 0 ? MaxDistance : Math.Min(MaxDistance, last - i);
            if (shape[i].IsProse) last = i;
        }
        return (before, after);
    }

    private static int[] BlockSizes(IReadOnlyList<TextLine> lines)
    {
        var sizes = new int[lines.Count];
        for (int i = 0; i < lines.Count;)
        {
            int j = i;
            while (j < lines.Count && lines[j].Block == lines[i].Block) j++;
            for (int k = i; k < j; k++) sizes[k] = j - i;
            i = j;
        }
        return sizes;
    }
}
