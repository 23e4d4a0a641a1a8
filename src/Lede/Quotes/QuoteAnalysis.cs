namespace Lede.Quotes;

/// <summary>What the quotation stage found in one body text.</summary>
internal sealed class QuoteAnalysis
{
    public static QuoteAnalysis Empty { get; } = new() { Quotations = [], People = [], Mentions = [] };

    public required IReadOnlyList<Quotation> Quotations { get; init; }

    public required IReadOnlyList<Person> People { get; init; }

    /// <summary>Every mention coreference kept, in text order, with the person it resolved to (the evaluator reads these).</summary>
    public required IReadOnlyList<Mention> Mentions { get; init; }

    /// <summary>The resolved name of the mention that covers <paramref name="span"/> best, or null when none does.</summary>
    public string? PersonAt(TextSpan span)
    {
        Mention? best = null;
        int bestOverlap = 0;
        for (int i = QuoteStage.FirstEndingAfter(Mentions, span.Start); i < Mentions.Count; i++)
        {
            var m = Mentions[i];
            if (m.Start >= span.End) break;
            int overlap = span.Overlap(new TextSpan(m.Start, m.End - m.Start));
            if (overlap > bestOverlap && m.Person is not null)
            {
                best = m;
                bestOverlap = overlap;
            }
        }
        return best?.Person?.Name;
    }
}
