namespace Lede.PlainText;

/// <summary>
/// Ties a cleaned article back to the text it came from: builds the <see cref="InputMap"/> of its body from the lines
/// each block was made of (their <see cref="SourceMap"/>s), and gives every quotation, speaker and cue its span in the
/// input beside its span in <see cref="Article.Text"/>.
/// </summary>
internal static class InputSpans
{
    public static Article Attach(Article article, IReadOnlyList<TextLine> sources)
    {
        var text = article.Text;
        var runs = new List<(int, int, int)>();
        int cursor = 0;
        foreach (var line in sources)
        {
            // The body writes each block's text as the line holds it, in order: the next occurrence is the line's place.
            int at = text.IndexOf(line.Text, cursor, StringComparison.Ordinal);
            if (at < 0) continue;
            foreach (var (offset, inputAt, length) in line.Source.Runs) runs.Add((at + offset, inputAt, length));
            cursor = at + line.Text.Length;
        }
        var map = new InputMap(runs);
        return article with { InputMap = map, Quotations = article.Quotations.Select(q => Place(q, map)).ToList() };
    }

    private static Quotation Place(Quotation quotation, InputMap map) => quotation with
    {
        InputSpan = map.ToInput(quotation.Span),
        InputParts = quotation.Parts.Select(p => map.ToInput(p) ?? default).ToList(),
        Speaker = quotation.Speaker is { } s ? s with { InputSpan = map.ToInput(s.Span) } : null,
        Cue = quotation.Cue is { } c ? c with { InputSpan = map.ToInput(c.Span) } : null,
        Nested = quotation.Nested.Select(n => Place(n, map)).ToList(),
    };
}
