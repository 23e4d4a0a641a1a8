namespace Lede.PlainText;

/// <summary>What a line of a plain text is, as the cleaner decides it.</summary>
internal enum LineRole : byte
{
    /// <summary>Story text: a paragraph, a subheading or a list item.</summary>
    Body,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>The standfirst under the headline.</summary>
    Standfirst,

    /// <summary>A picture's credit (and caption, when on the same line): becomes a figure.</summary>
    Credit,

    /// <summary>A caption line beside a credit: joins that figure.</summary>
    Caption,

    /// <summary>An image's alt text left standing beside its credit: dropped (kept as the figure's alt).</summary>
    AltText,

    /// <summary>A promo line pointing to another story: becomes a related link.</summary>
    Related,

    /// <summary>A "By …" line: read as the authors, then dropped.</summary>
    Byline,

    /// <summary>A date line: read as the publication date, then dropped.</summary>
    Dateline,

    /// <summary>Page furniture: widget headings, calls to action, timestamps, notices. Dropped.</summary>
    Noise,

    /// <summary>The rest of the story line before it, which a scraper broke at a link or an emphasis: joined to that line.</summary>
    Continuation,
}
