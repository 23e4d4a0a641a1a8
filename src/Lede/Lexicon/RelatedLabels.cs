namespace Lede.Lexicon;

/// <summary>
/// How pages label links to other stories of theirs, in both paths: the labels that open a promo line or title a widget
/// ("Related:", "Also Read:", "More From The Post", "Lire aussi"; <see cref="Section.Related"/>), "More … Stories"
/// titles, and the titles of site-wide lists ("Most read", "Trending"), which are not related to the story.
/// </summary>
internal static class RelatedLabels
{
    /// <summary>A heading this long or longer is a story's headline, not a widget's title.</summary>
    internal const int MaxHeadingChars = 60;

    private static readonly LabelSet Labels = LabelSet.Of(Section.Related);
    private static readonly LabelSet SiteLists = LabelSet.Of(Section.SiteListTitles);
    private static readonly HashSet<string> MoreTitleEnds = WordLists.Set(Section.MoreTitleEnds);

    /// <summary>True when the text opens with a related label: "Related: …", "ALSO READ | …", "Lire aussi : …".</summary>
    public static bool Opens(string text) => Labels.Opens(text);

    /// <summary>
    /// True when a short heading titles a widget of related links: "More From The Post", "Related articles", and
    /// "More … Stories".
    /// </summary>
    public static bool IsWidgetTitle(string text)
    {
        if (text.Length >= MaxHeadingChars) return false;
        if (Opens(text)) return true;
        var t = text.AsSpan().Trim().TrimEnd(":.!…");
        if (!t.StartsWith("more ", StringComparison.OrdinalIgnoreCase)) return false;
        int space = t.LastIndexOf(' ');
        return MoreTitleEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(t[(space + 1)..]);
    }

    /// <summary>True when the text titles a site-wide list of stories ("Most read", "Les plus lus").</summary>
    public static bool IsSiteListTitle(string text) => SiteLists.IsWhole(text);
}
