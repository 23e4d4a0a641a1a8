using System.Globalization;
using Lede.Quotes;

namespace Lede.Cli.Eval;

/// <summary>Runs the quotation stage over a PolNeAR split and writes the scores.</summary>
internal static class PolnearRun
{
    public static PolnearScorer.Totals Run(string root, string split, TextWriter output, bool details, CancellationToken cancellationToken)
    {
        var articles = PolnearGold.Load(root, split);
        if (articles.Count == 0) throw new InvalidDataException($"no annotated articles in {Path.Combine(root, split)}");
        var totals = PolnearScorer.Totals.Zero;
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = QuoteStage.Analyze(article.Text);
            var score = PolnearScorer.Score(article, analysis);
            totals += score;
            if (details) WriteDetails(output, article, analysis);
        }
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"PolNeAR {split}: {articles.Count} articles, {totals.Gold} gold quotations, {totals.Found} found, {totals.Matched} matched"));
        output.WriteLine(string.Create(c, $"detection    P {totals.Precision:0.000}  R {totals.Recall:0.000}  F1 {totals.F1:0.000}"));
        output.WriteLine(string.Create(c, $"attribution  {totals.Attribution:0.000}  ({totals.Attributed} of {totals.WithSource} matched quotations with a gold source)"));
        return totals;
    }

    // One line per miss, for development: gold quotations not found, quotations found that are not gold, wrong speakers.
    private static void WriteDetails(TextWriter output, PolnearArticle article, QuoteAnalysis analysis)
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
        int from = Math.Max(0, span.Start - 60), to = Math.Min(text.Length, span.End + 60);
        return (text[from..span.Start] + "[[" + Clip(text.Substring(span.Start, span.Length)) + "]]" + text[span.End..to]).Replace('\n', ' ');
    }

    private static string Clip(string s) => s.Length <= 120 ? s : s[..55] + " … " + s[^55..];
}
