namespace Lede.Extraction;

/// <summary>
/// The tuned thresholds of the content stages, one set per <see cref="Focus"/>. Calibrated on the 181
/// ScrapingHub benchmark pages (`lede eval scrapinghub`); each value says what it trades.
/// </summary>
internal sealed record Tuning
{
    /// <summary>
    /// How much a character of doubtful text (links, short lines) inside a container counts against it when
    /// choosing the story's container, relative to a character of good paragraph text. Higher picks tighter
    /// containers (precision); lower picks wider ones (recall).
    /// </summary>
    public double BadTextWeight { get; init; } = 0.5;

    /// <summary>A block of at least this many characters with few links counts as good paragraph text.</summary>
    public int GoodParagraphChars { get; init; } = 40;

    /// <summary>Paragraphs with more of their text in links than this are link lists or promos, not story.</summary>
    public double MaxLinkDensity { get; init; } = 0.5;

    /// <summary>Lists whose items are mostly links (menus, teaser lists) are dropped past this share of link text.</summary>
    public double MaxListLinkDensity { get; init; } = 0.6;

    /// <summary>Drop short lines without sentence punctuation after the story's last paragraph (share prompts, tag lines).</summary>
    public bool TrimTail { get; init; } = true;

    /// <summary>Drop lines that open with a promo or credit label ("Related:", "Photo:") and short widget labels.</summary>
    public bool DropLabelledLines { get; init; } = true;

    /// <summary>
    /// Drop paragraphs shorter than this that don't end a sentence (stray labels: "False", "Reviews").
    /// 0 keeps them; the Precision preset sets it, since some stories have short lines ("Get it on Amazon for $39").
    /// </summary>
    public int MinFragmentChars { get; init; }

    /// <summary>Drop short lines, lists and headings before the story's first real paragraph (kickers, "Key points").</summary>
    public bool TrimHead { get; init; }

    public static Tuning For(Focus focus) => focus switch
    {
        Focus.Precision => Precision,
        Focus.Recall => Recall,
        _ => Balanced,
    };

    public static readonly Tuning Balanced = new();

    public static readonly Tuning Precision = new()
    {
        BadTextWeight = 1.0,
        MaxLinkDensity = 0.35,
        MaxListLinkDensity = 0.4,
        MinFragmentChars = 30,
        TrimHead = true,
    };

    public static readonly Tuning Recall = new()
    {
        BadTextWeight = 0.2,
        MaxLinkDensity = 1.01,
        MaxListLinkDensity = 1.01,
        TrimTail = false,
        DropLabelledLines = false,
    };
}
