using Lede.Extraction;
namespace Lede.Content;

/// <summary>
/// Drops runs of teaser excerpts: paragraphs cut off with an ellipsis ("Koblenz. Am Sonntagabend war neben Booten der
/// Feuerwehr auch ein Polizeihubschrauber im Einsatz. Die Suche hatte ..."), two or more in a row — the excerpts a list of
/// other stories shows under their titles. One such paragraph alone may be a quotation trailing off; a run is a list.
/// Reads and writes the blocks' dropped flags.
/// </summary>
internal static class DropTeaserExcerpts
{
    /// <summary>An excerpt is a few sentences; a longer paragraph ending with an ellipsis is the story's own.</summary>
    private const int MaxExcerptChars = 400;

    /// <summary>Excerpts come in lists: this many in a row (titles and dates between them allowed) make one.</summary>
    private const int MinRun = 2;

    public static void Run(ExtractionContext context)
    {
        var blocks = context.Blocks;
        var run = new List<DraftBlock>();
        foreach (var block in blocks)
        {
            if (block.Dropped || block.Block is FigureBlock) continue;
            if (block.Block is ParagraphBlock p && IsExcerpt(p.Text)) { run.Add(block); continue; }
            // A teaser's title or date between two excerpts does not end the list.
            if (run.Count > 0 && block.TextLength <= 150 && block.Block is ParagraphBlock or HeadingBlock) continue;
            Flush(context, run);
        }
        Flush(context, run);
    }

    private static void Flush(ExtractionContext context, List<DraftBlock> run)
    {
        if (run.Count >= MinRun)
            foreach (var block in run)
            {
                block.Dropped = true;
                context.Explain(nameof(DropTeaserExcerpts), block.Element, $"a teaser's excerpt, cut off with an ellipsis ({run.Count} in a row)");
            }
        run.Clear();
    }

    // Cut off mid-sentence: "... the search had ...", "… die Suche hatte …" — not a sentence that ends with its own mark first.
    private static bool IsExcerpt(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length > MaxExcerptChars || t.Length < 40) return false;
        int cut = t.EndsWith("...") ? t.Length - 3 : t.EndsWith("…") ? t.Length - 1 : -1;
        if (cut <= 0) return false;
        var before = t[..cut].TrimEnd();
        return before.Length > 0 && (char.IsLetterOrDigit(before[^1]) || before[^1] == ',');
    }
}
