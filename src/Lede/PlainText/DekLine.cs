using Lede.Lexicon;

namespace Lede.PlainText;

/// <summary>
/// Decides whether the line under a headline is a standfirst (dek): one sentence that sums up the story, set apart from
/// the body by where it stands — in the headline's block when paragraphs are set apart by blank lines, above a byline
/// or dateline, without a closing full stop, or plainly shorter than the paragraphs. A lede of the body is one sentence
/// too, so sitting under the headline is not enough.
/// </summary>
internal static class DekLine
{
    private const int MinChars = 30;

    /// <summary>Standfirsts run to two or three lines of print: about 300 characters.</summary>
    private const int MaxChars = 320;

    /// <summary>Shorter than this share of the median paragraph, a one-sentence line is set apart by its length alone.</summary>
    private const double ShortShare = 0.75;

    /// <summary>Where the candidate stands, as <see cref="Reads"/> weighs it.</summary>
    /// <param name="InTitleBlock">It shares the headline's block while the text sets paragraphs apart by blank lines.</param>
    /// <param name="OverByline">A byline or dateline stands between it and the body.</param>
    /// <param name="MedianParagraph">The median length of the body's paragraphs after it; 0 when there are fewer than two.</param>
    public readonly record struct Setting(bool InTitleBlock, bool OverByline, int MedianParagraph);

    public static bool Reads(string line, Setting setting)
    {
        if (line.Length is < MinChars or > MaxChars || BodyStructure.IsListItem(line) || Sentences.HasBreak(line)) return false;
        if (OpensWithDateline(line)) return false;
        if (setting.InTitleBlock || setting.OverByline || !Sentences.Ends(line)) return true;
        return setting.MedianParagraph > 0 && line.Length < setting.MedianParagraph * ShortShare;
    }

    // "WASHINGTON — …", "PARIS (Reuters) - …", "BERLIN, 12. März (dpa) – …": a lede opens with its place in capitals.
    private static bool OpensWithDateline(string line)
    {
        int i = 0;
        while (i < line.Length && (char.IsUpper(line[i]) || line[i] is ' ' or '.' or '\'')) i++;
        if (i < 3) return false;
        var rest = line.AsSpan(i).TrimStart();
        return rest.Length > 0 && rest[0] is '—' or '–' or '-' or '(' or ',';
    }
}
