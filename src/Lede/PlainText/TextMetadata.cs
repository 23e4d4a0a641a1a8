using Lede.Metadata;

namespace Lede.PlainText;

/// <summary>
/// What a plain text says about itself where a reader sees it: the authors of a "By …" line, the date of a dateline
/// ("Published 12 April 2019", "Updated: Apr. 12, 2019 10:30 a.m."), and the language of its words.
/// </summary>
internal sealed class TextMetadata
{
    /// <summary>The language is told from about this much of the story, as for pages.</summary>
    private const int LanguageSample = 1000;

    public List<string> Authors { get; } = [];
    public string? Publisher { get; private set; }
    public ArticleDate? Published { get; private set; }
    public ArticleDate? Modified { get; private set; }
    public string? Language { get; private set; }

    private readonly List<string> _datelines = [];

    /// <summary>Reads the authors of a byline; the first byline that names someone wins.</summary>
    public void ReadByline(string line)
    {
        if (NameAndDateLine.Name(line) is { } name)
        {
            AddDateline(line);
            line = name;
        }
        if (Authors.Count > 0) return;
        var organisations = new List<string>();
        AuthorNames.Read(line, Authors, organisations);
        if (organisations.Count > 0) Publisher ??= organisations[0];
    }

    /// <summary>Keeps a dateline to read once the language (and so the order of day and month) is known.</summary>
    public void AddDateline(string line) => _datelines.Add(line);

    /// <summary>Detects the language from the story's text, then reads the datelines in its date order.</summary>
    public void Finish(IEnumerable<string> story)
    {
        var sample = new System.Text.StringBuilder();
        foreach (var text in story)
        {
            sample.Append(text.AsSpan(0, Math.Min(text.Length, LanguageSample - sample.Length))).Append(' ');
            if (sample.Length >= LanguageSample) break;
        }
        Language = LanguageDetection.Detect(sample.ToString());
        var order = Language is "en" ? DateOrder.MonthFirst : DateOrder.DayFirst;
        foreach (var line in _datelines)
        {
            if (DateText.Parse(line, order) is not { } date) continue;
            if (UpdateLabels.OpensWithUpdate(line)) Modified ??= date;
            else Published ??= date;
        }
    }
}
