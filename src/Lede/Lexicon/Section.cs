namespace Lede.Lexicon;

/// <summary>
/// The sections of the lexicon's files (<c>Lexicon/Words/*.txt</c>), each a list of words or labels with one use; a
/// file names a section as the kebab-case of its member (<c>[credit-labels]</c> is <see cref="CreditLabels"/>).
/// </summary>
internal enum Section
{
    /// <summary>The language's most frequent function words (language detection, the cleaner's line shapes).</summary>
    FunctionWords,
    /// <summary>Labels opening a call to action or a notice about the page ("Subscribe", "We use cookies", "Tags:").</summary>
    Promo,
    /// <summary>Labels opening a line or titling a widget of links to other stories ("Related:", "Lire aussi").</summary>
    Related,
    /// <summary>The last word of a "More … Stories" title.</summary>
    MoreTitleEnds,
    /// <summary>Whole lines that are a widget's label ("Advertisement", "Share this").</summary>
    WidgetLabels,
    /// <summary>Words opening a short heading that names a widget ("More from", "Support").</summary>
    WidgetOpeners,
    /// <summary>Titles of site-wide lists of stories ("Most read", "Les plus lus").</summary>
    SiteListTitles,
    /// <summary>Labels whose rest is always a picture's credit ("Image source:", "©").</summary>
    CreditLabels,
    /// <summary>Labels naming a picture, before a credit or a caption ("Photo:", "Foto di").</summary>
    PictureLabels,
    /// <summary>Phrases that are a whole credit ("Submitted photo").</summary>
    CreditPhrases,
    /// <summary>Picture agencies and libraries, matched as whole words, case-insensitively.</summary>
    Agencies,
    /// <summary>Agencies written in capitals ("AP", "AFP"), matched case-sensitively.</summary>
    AgencyAcronyms,
    /// <summary>Lower-case words a credit's name may hold ("via", "de", "for").</summary>
    NameConnectors,
    /// <summary>Words of a time stamp ("ago", "hours", "vor", "Uhr").</summary>
    TimeWords,
    /// <summary>Words that make a time stamp without a number ("Yesterday").</summary>
    TimeAnchors,
    /// <summary>Whole lines that are a gallery's control ("Enlarge image").</summary>
    GalleryControls,
    /// <summary>The word of a gallery's counter ("Photo" of "Photo 3 of 12").</summary>
    GalleryCounterWords,
    /// <summary>The join of a gallery's counter ("of", "von", "/").</summary>
    GalleryCounterJoins,
    /// <summary>"All rights reserved" in each language.</summary>
    RightsReserved,
    /// <summary>Words of a comments heading ("Comments", "Kommentare").</summary>
    CommentWords,
    /// <summary>Words opening a byline ("By", "Von", "Written by").</summary>
    BylineOpeners,
    /// <summary>Labels of a dateline ("Published", "Veröffentlicht").</summary>
    DateLabels,
    /// <summary>Names of months and days, time zones and the connectors of written dates.</summary>
    DateWords,
    /// <summary>The words opening a line that says when the story was last changed ("Updated", "Mis à jour").</summary>
    UpdateLabels,
    /// <summary>Words written with a dot that does not end a sentence ("Dr", "vs", "Mme").</summary>
    Abbreviations,
    /// <summary>Auxiliaries and verbs of saying (a line with one is a sentence, not an image's description).</summary>
    Verbs,
}
