namespace Lede.PlainText;

/// <summary>
/// Drops the lines left after the story's last sentence that are no sentence: share buttons ("Facebook", "WhatsApp"),
/// tags, a signature, a "Loading comments" line, the teaser titles of a list of other stories — as the HTML pipeline
/// trims a container's tail. A line that ends like a sentence, a list item and anything longer than a teaser stay.
/// </summary>
internal static class StoryTail
{
    /// <summary>Shorter than this and without a sentence's end, a line after the story is a label or a teaser title, not a paragraph.</summary>
    private const int MaxTailChars = 150;

    public static void Trim(List<TextLine> lines, LineVerdict[] verdicts)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (verdicts[i].Role != LineRole.Body) continue;
            var text = lines[i].Text;
            if (text.Length >= MaxTailChars || Sentences.Ends(text) || Sentences.HasBreak(text) || BodyStructure.IsListItem(text)) return;
            verdicts[i] = LineVerdict.Of(LineRole.Noise, "a short line after the story's last sentence", nameof(StoryTail));
        }
    }
}
