namespace Lede.Lexicon;

/// <summary>
/// The words that class names and ids use for parts of a page, one group per concept. Matching is by whole
/// token: "ad-slot" and "adSlot" give the tokens "ad" and "slot", and "header" never matches "ad". Kept as data,
/// in the spirit of trafilatura's xpaths.py token groups, so a rule names a concept, not a site.
/// </summary>
internal static class Vocabulary
{
    /// <summary>Page chrome and widgets that never hold the story: removed with their subtree.</summary>
    public static readonly HashSet<string> Chrome = new(StringComparer.Ordinal)
    {
        // comments
        "comment", "comments", "disqus", "respond", "replies", "discussion",
        // sharing and following
        "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials", "follow", "sociallinks", "addthis", "sharethis",
        // promos and teasers
        "related", "recommended", "recommendation", "recommendations", "promo", "promos", "promoted", "teaser", "teasers",
        "outbrain", "taboola", "trending", "popular", "mostread", "mostpopular", "readmore", "morestories", "upnext", "nextup",
        // newsletters, subscriptions, paywalls, donations
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "donate", "donation", "membership",
        // ads
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp", "gpt", "sponsor", "sponsored", "banner", "billboard", "dianomi",
        // consent
        "cookie", "cookies", "consent", "gdpr", "cmp",
        // navigation and page frame
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "sidebar", "rail", "footer",
        "masthead", "topbar", "toolbar", "skiplink", "skip", "jumplink", "toc",
        // overlays and screen-reader-only labels ("Advertisement", "Skip to content")
        "popup", "popover", "tooltip", "hovercard", "rollover", "modal", "overlay", "lightbox", "sronly", "screenreader", "visuallyhidden", "offscreen", "printonly", "print",
        // things about the article rather than of it
        "tags", "tagcloud", "taglist", "keywords", "byline", "bio", "authorbio", "caption", "credit", "credits", "copyright",
        "email", "login",
        // a code listing's line numbers, as syntax highlighters name their gutter
        "gutter", "linenos", "linenumbers", "lineno",
    };

    /// <summary>Compound tokens (a whole class with its separators removed) that are chrome too.</summary>
    public static readonly string[] ChromeCompounds =
    [
        "relatedarticles", "relatedposts", "relatedcontent", "relatedstories", "sharebuttons", "socialshare", "articletags",
        "authorbox", "aboutauthor", "authorinfo", "postmeta", "entrymeta", "articlemeta", "screenreadertext", "visuallyhidden",
        "morefrom", "footer", "pagefoot", "youmightlike", "youmayalsolike", "alsoread", "seealso",
    ];

    /// <summary>Class and id words of a block of links to related stories ("related-posts", "recommended").</summary>
    public static readonly HashSet<string> Related = new(StringComparer.Ordinal)
    {
        "related", "recommended", "recommendation", "recommendations", "teaser", "teasers", "readmore", "readnext", "alsoread",
        "seealso", "morefrom", "morestories", "upnext", "nextup", "youmightlike", "youmayalsolike", "relatedarticles",
        "relatedposts", "relatedcontent", "relatedstories", "relatedlinks", "crp", "yarpp", "lireaussi", "correlati", "relacionadas",
    };

    /// <summary>Class names written as several words that together name a related block ("more-from", "read-next"), found inside a class's compound.</summary>
    public static readonly string[] RelatedCompounds = ["morefrom", "readmore", "readnext", "alsoread", "seealso", "morestories", "upnext", "youmay", "youmight"];

    /// <summary>Words that suggest the story's container.</summary>
    public static readonly HashSet<string> StoryWords = new(StringComparer.Ordinal)
    {
        "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog", "hentry", "richtext", "copy", "paragraph",
    };

    /// <summary>Whole-class compounds that name the story's body itself ("article-body", "entry-content").</summary>
    public static readonly HashSet<string> StoryBodyCompounds = new(StringComparer.Ordinal)
    {
        "articlebody", "articlecontent", "articletext", "articlecopy", "storybody", "storycontent", "storytext", "entrycontent",
        "entrybody", "postcontent", "postbody", "posttext", "postentry", "bodytext", "contentbody", "textbody", "bodycopy",
        "articlebodytext", "richtextarticlebody", "blogpostcontent", "newsarticlebody", "maincontent", "itemfulltext",
    };
}
