using Lede.Lexicon;
namespace Lede.Pages;

/// <summary>What an element's class or id says it holds, for the metadata read from the visible page and the related links.</summary>
[Flags]
internal enum PageHint : byte
{
    None = 0,

    /// <summary>"byline", "author", "writer", "contributor".</summary>
    Byline = 1,

    /// <summary>"date", "dateline", "published", "timestamp".</summary>
    Date = 2,

    /// <summary>"standfirst", "dek", "subheadline", "summary", "lede".</summary>
    Standfirst = 4,

    /// <summary>A part around the story, not of it: comments, related stories, author bios, footers.</summary>
    Aside = 8,

    /// <summary>
    /// A block of links to related stories ("related-posts", "more-from", "youMightLike"), for the related links rather
    /// than the metadata: read from every class and id, however long (<see cref="Vocabulary.Related"/>).
    /// </summary>
    Related = 16,
}

/// <summary>
/// The class and id words that give <see cref="PageHint"/>s ("article__byline", "postAuthor"): read with the chrome
/// signals, in <see cref="ClassSignals"/>'s one pass over every class list and id of the page.
/// </summary>
internal static class PageHints
{
    /// <summary>The class words and compounds that give a hint, lower-case (class words come lower-cased, see <see cref="ClassWords"/>).</summary>
    public static readonly IReadOnlyDictionary<string, PageHint> Words = new Dictionary<string, PageHint>(StringComparer.Ordinal)
    {
        ["byline"] = PageHint.Byline, ["byl"] = PageHint.Byline, ["author"] = PageHint.Byline, ["authors"] = PageHint.Byline,
        ["writer"] = PageHint.Byline, ["writers"] = PageHint.Byline, ["contributor"] = PageHint.Byline, ["contributors"] = PageHint.Byline,
        ["creator"] = PageHint.Byline, ["reporter"] = PageHint.Byline, ["autor"] = PageHint.Byline, ["auteur"] = PageHint.Byline,
        ["autore"] = PageHint.Byline, ["bylines"] = PageHint.Byline, ["authorname"] = PageHint.Byline,

        ["date"] = PageHint.Date, ["dateline"] = PageHint.Date, ["published"] = PageHint.Date, ["pubdate"] = PageHint.Date,
        ["publishdate"] = PageHint.Date, ["timestamp"] = PageHint.Date, ["time"] = PageHint.Date, ["datetime"] = PageHint.Date,
        ["posted"] = PageHint.Date, ["postdate"] = PageHint.Date, ["postedon"] = PageHint.Date, ["updated"] = PageHint.Date,
        ["datum"] = PageHint.Date, ["fecha"] = PageHint.Date, ["data"] = PageHint.Date, ["publication"] = PageHint.Date,

        ["standfirst"] = PageHint.Standfirst, ["dek"] = PageHint.Standfirst, ["deck"] = PageHint.Standfirst,
        ["subheadline"] = PageHint.Standfirst, ["subhead"] = PageHint.Standfirst, ["subtitle"] = PageHint.Standfirst,
        ["subheading"] = PageHint.Standfirst, ["summary"] = PageHint.Standfirst, ["lede"] = PageHint.Standfirst,
        ["leadin"] = PageHint.Standfirst, ["intro"] = PageHint.Standfirst, ["excerpt"] = PageHint.Standfirst,
        ["sapo"] = PageHint.Standfirst, ["strapline"] = PageHint.Standfirst, ["articlesummary"] = PageHint.Standfirst,
        ["chapo"] = PageHint.Standfirst, ["teasertext"] = PageHint.Standfirst,

        ["comment"] = PageHint.Aside, ["comments"] = PageHint.Aside, ["related"] = PageHint.Aside, ["recommended"] = PageHint.Aside,
        ["sidebar"] = PageHint.Aside, ["footer"] = PageHint.Aside, ["promo"] = PageHint.Aside, ["teaser"] = PageHint.Aside,
        ["teasers"] = PageHint.Aside, ["trending"] = PageHint.Aside, ["popular"] = PageHint.Aside, ["newsletter"] = PageHint.Aside,
        ["bio"] = PageHint.Aside, ["biography"] = PageHint.Aside, ["avatar"] = PageHint.Aside, ["rail"] = PageHint.Aside,
        ["nav"] = PageHint.Aside, ["menu"] = PageHint.Aside,
        ["outbrain"] = PageHint.Aside, ["taboola"] = PageHint.Aside, ["mostread"] = PageHint.Aside, ["morestories"] = PageHint.Aside,
        ["relatedarticles"] = PageHint.Aside, ["authorbio"] = PageHint.Aside, ["aboutauthor"] = PageHint.Aside,
        ["reply"] = PageHint.Aside, ["replies"] = PageHint.Aside, ["disqus"] = PageHint.Aside,
    };

    /// <summary>Whether a word or compound of this length is read for a hint: one shorter than three or longer than 32 characters names none.</summary>
    public static bool CanHint(int length) => length is >= 3 and <= 32;

    /// <summary>Values longer than this are read for no metadata hint (a class list that long is generated, not written).</summary>
    public const int MaxValueLength = 300;
}
