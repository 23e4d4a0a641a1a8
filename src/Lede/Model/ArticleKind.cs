namespace Lede;

/// <summary>What kind of page an <see cref="Article"/> was read from.</summary>
public enum ArticleKind
{
    /// <summary>A story: one piece of running text (a news report, a blog post, a review, a cleaned text).</summary>
    Article,

    /// <summary>A page of teasers for other pages — a home page, a section front, a tag or search page: its body, if any, is not a story.</summary>
    Listing,

    /// <summary>Neither, or too little to tell: an empty page, a form, a page of a few lines.</summary>
    Other,
}
