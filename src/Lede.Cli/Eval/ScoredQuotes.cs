namespace Lede.Cli.Eval;

/// <summary>
/// The quotations and people the PolNeAR scorer reads, all placed in the article's input text: built from the public
/// <see cref="Article"/> alone, as a user receives it.
/// </summary>
internal sealed record ScoredQuotes(IReadOnlyList<Quotation> Quotations, IReadOnlyList<Person> People)
{
    /// <summary>
    /// A cleaned article's quotations and people with every span moved to the input (<see cref="Quotation.InputSpan"/>,
    /// <see cref="Article.ToInputSpan"/>); a quotation or mention that has no place in the input is left out.
    /// </summary>
    public static ScoredQuotes InInput(Article article) => new(
        article.Quotations.Where(q => q.InputSpan is not null).Select(q => q with
        {
            Span = q.InputSpan!.Value,
            Parts = q.InputParts,
            Speaker = q.Speaker is { } s ? s with { Span = s.InputSpan ?? default } : null,
        }).ToList(),
        article.People.Select(p => p with
        {
            MentionSpans = p.MentionSpans.Select(article.ToInputSpan).OfType<TextSpan>().ToList(),
        }).ToList());

    /// <summary>The name of the person whose mention covers <paramref name="span"/> most, or null when no mention does.</summary>
    public string? PersonAt(TextSpan span)
    {
        string? best = null;
        int bestOverlap = 0, bestStart = int.MaxValue;
        foreach (var person in People)
        {
            foreach (var mention in person.MentionSpans)
            {
                int overlap = span.Overlap(mention);
                // Ties go to the mention earlier in the text, as they did when mentions were read in text order.
                if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && mention.Start < bestStart))
                {
                    (best, bestOverlap, bestStart) = (person.Name, overlap, mention.Start);
                }
            }
        }
        return best;
    }
}
