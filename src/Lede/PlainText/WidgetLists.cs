using Lede.Lexicon;
using Lede.Extraction;

namespace Lede.PlainText;

/// <summary>
/// The entries listed under a widget's title leave the story with it: under a related title ("More From The Post",
/// "Related Stories", "Lesen Sie auch") they become related links in a rail; under a site-wide list ("Most read",
/// "Trending now", "Les plus lus") they are dropped, as the HTML pipeline leaves such lists out. An entry is a teaser
/// title: a list item, or a short line without a second sentence in the title's block (when blank lines set blocks
/// apart) or, when every line is a paragraph, a short line that does not end like a sentence.
/// </summary>
internal static class WidgetLists
{
    /// <summary>Teaser titles run to about 100 characters; a longer line is a paragraph.</summary>
    private const int MaxEntryChars = 150;

    /// <summary>Widgets list a handful of stories; past this many lines, what follows is something else.</summary>
    private const int MaxEntries = 12;


    /// <summary>A widget belongs to the story when its title stands within the story or at most this many lines after it.</summary>
    private const int MaxLinesAfterStory = 40;

    public static void Take(List<TextLine> lines, LineVerdict[] verdicts, bool blockStyle)
    {
        int first = Array.FindIndex(verdicts, v => v.Role == LineRole.Body), last = Array.FindLastIndex(verdicts, v => v.Role == LineRole.Body);
        if (first < 0) return;
        for (int i = first; i < lines.Count && i <= last + MaxLinesAfterStory; i++)
        {
            if (verdicts[i].Role != LineRole.Noise) continue;
            var title = lines[i].Text;
            bool related = RelatedLabels.IsWidgetTitle(title);
            if (!related && !RelatedLabels.IsSiteListTitle(title)) continue;
            int taken = 0;
            for (int j = i + 1; j < lines.Count && taken < MaxEntries; j++)
            {
                bool candidate = verdicts[j].Role == LineRole.Body || verdicts[j].Role == LineRole.Noise && verdicts[j].Rule == LineRule.None;
                if (!candidate || !IsEntry(lines, i, j, blockStyle)) break;
                var entry = lines[j].Text;
                verdicts[j] = related
                    ? new LineVerdict { Role = LineRole.Related, Why = $"an entry of the related-links widget “{title}”: becomes a related link", Related = new RelatedLink(entry, null, RelatedPlacement.Rail), Stage = nameof(WidgetLists) }
                    : LineVerdict.Of(LineRole.Noise, $"an entry of the site-wide list “{title}”", nameof(WidgetLists));
                taken++;
            }
        }
    }


    private static bool IsEntry(List<TextLine> lines, int title, int line, bool blockStyle)
    {
        var text = lines[line].Text;
        if (text.Length > MaxEntryChars || Sentences.HasBreak(text)) return false;
        if (lines[line].IsListItem) return true;
        return blockStyle ? lines[line].Block == lines[title].Block : !Sentences.Ends(text);
    }
}
