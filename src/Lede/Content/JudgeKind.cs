using Lede.Pages;
using Lede.Extraction;
namespace Lede.Content;

/// <summary>
/// Stage, the last: tells what the page is — an <see cref="ArticleKind.Article"/>, a <see cref="ArticleKind.Listing"/> of
/// teasers, or <see cref="ArticleKind.Other"/> — with a confidence, from the facts the cascade measured and a few the page
/// declares. Each fact adds evidence for a story or against it, in log-odds; the confidence is the logistic of the sum.
/// A home page's body, whatever the container search found, is reported as a listing, not as an article titled "Home".
/// </summary>
internal static class JudgeKind
{
    // The evidence, in log-odds for a story (1 ≈ odds of e to one), set by hand, not fitted: the benchmark holds only
    // articles. Checked there (all 181 pages judged articles, at 0.62 or more) and on the hand-written home page, section
    // front and empty page of the tests. A listing needs two facts against it to outweigh a long body.

    /// <summary>
    /// A body with at least this much prose reads as a story (+<see cref="LongBody"/>); one of under
    /// <see cref="ThinBodyChars"/> in a single paragraph barely as anything (−<see cref="ThinBody"/>), while two short
    /// paragraphs of sentences (a brief) weigh neither way.
    /// </summary>
    private const int StoryBodyChars = 1000;

    private const int ThinBodyChars = 200;

    private const double LongBody = 1.5, FairBody = 0.5, ThinBody = 1.5;

    /// <summary>
    /// Teaser headings (a heading that is mostly a link) are counted against the body's paragraphs. In the body's own
    /// blocks, this many with two paragraphs or less each is a list of stories, however long their excerpts; of the 181
    /// benchmark articles, 172 bodies hold none, 8 one, and one 7 beside 45 paragraphs (cc4aa22b). Elsewhere on the
    /// page (rails the chrome removal left) more than this many must outnumber the paragraphs two to one: an article
    /// page has 10 beside 8 paragraphs (21486419).
    /// </summary>
    private const int MinTeasers = 3;

    private const double TeasersInBody = 3, TeasersOnPage = 1.5;

    /// <summary>The page declares a story type (NewsArticle, BlogPosting, …), or only a listing type and no story.</summary>
    private const double DeclaredStory = 1.5, DeclaredListing = 1.5;

    /// <summary>The address of a home page, of a taxonomy listing, or of one story (<see cref="UrlShape"/>).</summary>
    private const double HomeUrl = 2.5, ListingUrl = 1.5, StoryUrl = 1;

    private static readonly HashSet<string> ListingTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "CollectionPage", "SearchResultsPage", "ItemList", "Blog", "ProfilePage",
    };

    public static void Run(ExtractionContext context)
    {
        int body = context.BodyProse;
        int paragraphs = CountParagraphs(context);
        int bodyTeasers = CountTeaserBlocks(context);
        int teasers = CountTeaserHeadings(context.Page);
        var url = UrlShape.Read(context.Url);
        var (article, listing) = DeclaredKinds(context.Metadata.DeclaredTypes);

        double z = body >= StoryBodyChars ? LongBody : body >= 2 * ThinBodyChars ? FairBody : body < ThinBodyChars && paragraphs < 2 ? -ThinBody : 0;
        bool teasersInBody = bodyTeasers >= MinTeasers && 2 * bodyTeasers >= paragraphs;
        bool teasersOnPage = teasers > MinTeasers && teasers > 2 * paragraphs;
        z -= teasersInBody ? TeasersInBody : teasersOnPage ? TeasersOnPage : 0;
        z += article ? DeclaredStory : listing ? -DeclaredListing : 0;
        z += url switch { UrlHint.Home => -HomeUrl, UrlHint.Listing => -ListingUrl, UrlHint.Story => StoryUrl, _ => 0 };

        // A listing is told by something a listing has, not only by a thin body; nothing to read is surely no article.
        bool listingEvidence = teasersInBody || teasersOnPage || (listing && !article) || url is UrlHint.Home or UrlHint.Listing;
        var (kind, confidence) = (z >= 0 && body > 0, z < 0 && listingEvidence) switch
        {
            (true, _) => (ArticleKind.Article, Logistic(z)),
            (_, true) => (ArticleKind.Listing, Logistic(-z)),
            _ => (ArticleKind.Other, body == 0 ? 1 : Logistic(Math.Abs(z))),
        };
        context.Kind = (kind, Math.Round(confidence, 2));
        if (context.Explaining)
            context.Explain(nameof(JudgeKind), "the page", $"{kind.ToString().ToLowerInvariant()} ({context.Kind.Confidence:0.00}): the body holds {body:N0} of the page's {Fallbacks.ProseYield.PageOf(context):N0} characters of prose in {paragraphs} paragraphs beside {bodyTeasers} teasers; {teasers} teaser headings on the page; JSON-LD {(article ? "a story type" : listing ? "a listing type" : "no kind")}; URL {url.ToString().ToLowerInvariant()}");
    }

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));

    // Kept paragraphs of the body that read as prose: the unit teasers are counted against.
    private static int CountParagraphs(ExtractionContext context)
    {
        int count = 0;
        foreach (var block in context.Blocks)
            if (!block.Dropped && block.Block is ParagraphBlock && block.TextLength - block.LinkLength >= context.Tuning.GoodParagraphChars) count++;
        return count;
    }

    // Headings in the body's blocks that are mostly a link, pruned or not: the titles of a list of stories.
    private static int CountTeaserBlocks(ExtractionContext context)
    {
        int count = 0;
        foreach (var block in context.Blocks)
            if (block.Block is HeadingBlock && block.LinkDensity > 0.5) count++;
        return count;
    }

    // Headings that are mostly a link, outside removed chrome: a related rail the chrome removal took does not count, a
    // home page's grid of stories does.
    private static int CountTeaserHeadings(PageDocument page)
    {
        int count = 0;
        for (int i = page.Body; i < page.SubtreeEnd[page.Body]; i++)
        {
            if ((page.Flags[i] & NodeFlags.Removed) != 0) { i = page.SubtreeEnd[i] - 1; continue; }
            if (TagKinds.HeadingLevel(page.Tag[i]) > 0 && page.Text[i] > 0 && page.LinkText[i] * 2 > page.Text[i]) count++;
        }
        return count;
    }

    private static (bool Article, bool Listing) DeclaredKinds(IReadOnlyList<string> types)
    {
        bool article = false, listing = false;
        foreach (var type in types)
        {
            article |= Metadata.JsonLd.IsArticleType(type);
            listing |= ListingTypes.Contains(type);
        }
        return (article, listing);
    }
}
