namespace Lede.Cli.Eval;

/// <summary>The metadata fields the gold set scores.</summary>
internal enum MetadataField
{
    /// <summary>The headline: exact after whitespace normalisation.</summary>
    Title,

    /// <summary>The people in the byline: the same set of names, whitespace and case aside.</summary>
    Authors,

    /// <summary>The publication day: the same calendar day, or both absent.</summary>
    Published,

    /// <summary>The site's name: the same, whitespace and case aside.</summary>
    SiteName,

    /// <summary>The language: the same primary subtag ("en-US" matches "en").</summary>
    Language,
}

/// <summary>The metadata an extractor gave for one page, reduced to what the gold set scores.</summary>
internal sealed record PredictedMetadata(string? Title, IReadOnlyList<string> Authors, DateOnly? Published, string? SiteName, string? Language)
{
    /// <summary>Nothing at all: the prediction for a page with no article.</summary>
    public static readonly PredictedMetadata None = new(null, [], null, null, null);

    /// <summary>The scored fields of <paramref name="article"/>; <see cref="None"/> when there is no article.</summary>
    public static PredictedMetadata From(Article? article) => article is null
        ? None
        : new(article.Title, article.Authors, article.Published?.Date, article.SiteName, article.Language);
}

/// <summary>A field the prediction got wrong on one page, with both values as text ("-" for none).</summary>
internal sealed record MetadataMiss(MetadataField Field, string Gold, string Got);

/// <summary>One gold page, what was predicted for it, and which fields missed.</summary>
/// <param name="Gold">The annotation.</param>
/// <param name="Got">The prediction.</param>
/// <param name="Misses">The wrong fields, in <see cref="MetadataField"/> order.</param>
/// <param name="TitleLooselyRight">Whether the titles match ignoring case and punctuation too (for information).</param>
internal sealed record MetadataPageScore(GoldPage Gold, PredictedMetadata Got, IReadOnlyList<MetadataMiss> Misses, bool TitleLooselyRight)
{
    /// <summary>Whether <paramref name="field"/> is right on this page.</summary>
    public bool IsRight(MetadataField field) => Misses.All(miss => miss.Field != field);
}

/// <summary>Per-field accuracy over a set of scored pages.</summary>
internal sealed record MetadataTotals(IReadOnlyList<MetadataPageScore> Pages)
{
    /// <summary>How many pages have <paramref name="field"/> right.</summary>
    public int Right(MetadataField field) => Pages.Count(page => page.IsRight(field));

    /// <summary>The share of pages with <paramref name="field"/> right; 0 when there are no pages.</summary>
    public double Accuracy(MetadataField field) => Share(Right(field));

    /// <summary>How many titles match ignoring case and punctuation.</summary>
    public int TitleLooselyRight => Pages.Count(page => page.TitleLooselyRight);

    /// <summary>The share of titles that match ignoring case and punctuation.</summary>
    public double TitleLooseAccuracy => Share(TitleLooselyRight);

    private double Share(int right) => Pages.Count == 0 ? 0 : (double)right / Pages.Count;
}
