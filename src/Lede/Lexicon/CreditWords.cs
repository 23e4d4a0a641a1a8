namespace Lede.Lexicon;

/// <summary>
/// The words captions use to name who made a picture, from the lexicon: labels whose rest is always a credit ("Credit:",
/// "Image source:", "©"), labels that name a picture before a credit or a caption ("Photo:", "Foto di"), phrases that are
/// a whole credit ("Submitted photo"), agencies, and the lower-case words a credit's name may hold. Read by
/// <see cref="Figures.CaptionSplitter"/>, the one place that tells a credit from a caption, for pages and texts alike.
/// </summary>
internal static class CreditWords
{
    /// <summary>Labels whose rest is always a credit.</summary>
    public static readonly LabelSet CreditLabels = LabelSet.Of(Section.CreditLabels);

    /// <summary>Labels that name a picture: their rest is a credit when it reads as a name, else a caption.</summary>
    public static readonly LabelSet PictureLabels = LabelSet.Of(Section.PictureLabels);

    /// <summary>Phrases that are a whole credit, which may close a caption without punctuation.</summary>
    public static readonly IReadOnlyList<string> CreditPhrases = WordLists.Words(Section.CreditPhrases);

    /// <summary>Agencies and picture libraries, matched as whole words, case-insensitively.</summary>
    public static readonly IReadOnlyList<string> Agencies = WordLists.Words(Section.Agencies);

    /// <summary>The words of <see cref="Agencies"/>, which a credit may hold in lower case ("picture-alliance", "file photo").</summary>
    public static readonly HashSet<string> AgencyWords = new(
        Agencies.SelectMany(a => a.Split(' ', '-')), StringComparer.OrdinalIgnoreCase);

    /// <summary>Agencies written as capitals ("AP", "AFP"), matched case-sensitively so the words "ap" or "pa" never are.</summary>
    public static readonly IReadOnlyList<string> AgencyAcronyms = WordLists.Words(Section.AgencyAcronyms);

    /// <summary>Lower-case words a name or an agency may hold ("AFP via Getty Images", "Foto di Mario de Rosa").</summary>
    public static readonly HashSet<string> NameConnectors = WordLists.Set(Section.NameConnectors);
}
