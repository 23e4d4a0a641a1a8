using System.Globalization;

namespace Lede.Cli.Eval;

/// <summary>
/// Runs PolNeAR's articles through the path users take — <see cref="Extractor.Clean(string, ExtractionOptions?, CancellationToken)"/>,
/// each quotation read back at its <see cref="Quotation.InputSpan"/> in the article's text — and scores detection and
/// attribution; also counts the articles whose story lost a line in cleaning (the texts are clean news texts, so every
/// story line should come out as it went in).
/// </summary>
internal static class PolnearRun
{
    /// <summary>The totals, and how many articles lost at least one story line in cleaning.</summary>
    internal sealed record Outcome(PolnearScorer.Totals Totals, int Articles, int ArticlesLosingLines, int LostLines);

    public static Outcome Run(string root, string split, TextWriter output, bool details, CancellationToken cancellationToken)
    {
        var articles = PolnearGold.Load(root, split);
        if (articles.Count == 0) throw new InvalidDataException($"no annotated articles in {Path.Combine(root, split)}");
        var totals = PolnearScorer.Totals.Zero;
        int losing = 0, lost = 0;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = Extractor.Clean(article.Text, cancellationToken: cancellationToken);
            var analysis = ScoredQuotes.InInput(result.Article ?? new Article());
            var missing = LostLines(article.Text, result);
            if (missing.Count > 0) losing++;
            lost += missing.Count;
            if (details)
                foreach (var line in missing) output.WriteLine($"LOST {article.Name} “{Clip(line)}”");
            totals += PolnearScorer.Score(article, analysis);
            if (details) WriteDetails(output, article, analysis);
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"PolNeAR {split} (through Extractor.Clean): {articles.Count} articles, {totals.Gold} gold quotations, {totals.Found} found, {totals.Matched} matched"));
        output.WriteLine(string.Create(c, $"detection    P {totals.Precision:0.000}  R {totals.Recall:0.000}  F1 {totals.F1:0.000}"));
        output.WriteLine(string.Create(c, $"attribution  {totals.Attribution:0.000}  ({totals.Attributed} of {totals.WithSource} matched quotations with a gold source)"));
        output.WriteLine(string.Create(c, $"cleaning     {losing} of {articles.Count} articles lost a line of their text ({lost} lines; --details lists them)"));
        return new Outcome(totals, articles.Count, losing, lost);
    }

    /// <summary>The input's lines that the cleaned article does not hold as they are: neither as a line of its body nor as its headline or standfirst.</summary>
    internal static List<string> LostLines(string input, ExtractionResult result)
    {
        var article = result.Article;
        var kept = new HashSet<string>(StringComparer.Ordinal);
        if (article is not null)
        {
            foreach (var line in article.Text.Split('\n')) kept.Add(line.Trim());
            if (article.Title is { } title) kept.Add(title.Trim());
            if (article.Standfirst is { } standfirst) kept.Add(standfirst.Trim());
        }
        var text = article?.Text ?? "";
        return input.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !kept.Contains(l) && !text.Contains(l, StringComparison.Ordinal)).ToList();
    }

    // One line per miss, for development: gold quotations not found, quotations found that are not gold, wrong speakers.
    private static void WriteDetails(TextWriter output, PolnearArticle article, ScoredQuotes analysis)
    {
        var found = PolnearScorer.Pieces(analysis);
        var pairs = PolnearScorer.Match(article.Quotes.Select(g => g.Span).ToList(), found.Select(q => q.Span).ToList());
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var matchedFound = pairs.Select(p => p.Found).ToHashSet();
        for (int g = 0; g < article.Quotes.Count; g++)
        {
            if (!matchedGold.Contains(g)) output.WriteLine($"MISS {article.Name} {Context(article.Text, article.Quotes[g].Span)}");
        }
        for (int f = 0; f < found.Count; f++)
        {
            if (!matchedFound.Contains(f)) output.WriteLine($"EXTRA {article.Name} {Context(article.Text, found[f].Span)}");
        }
        foreach (var (g, f) in pairs)
        {
            var gold = article.Quotes[g];
            if (gold.Source.Count == 0 || PolnearScorer.IsAttributedRight(gold, found[f], analysis)) continue;
            var source = string.Join(" + ", gold.Source.Select(s => article.Text.Substring(s.Start, s.Length)));
            output.WriteLine($"WHO {article.Name} gold=[{source}] lede=[{found[f].Speaker?.Mention} => {found[f].Speaker?.Name}] {Context(article.Text, gold.Span)}");
        }
    }

    private static string Context(string text, TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, text.Length), end = Math.Clamp(span.End, start, text.Length);
        int from = Math.Max(0, start - 60), to = Math.Min(text.Length, end + 60);
        return (text[from..start] + "[[" + Clip(text[start..end]) + "]]" + text[end..to]).Replace('\n', ' ');
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..55] + " … " + s[^55..];
}
