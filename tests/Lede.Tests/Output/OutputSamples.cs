namespace Lede.Tests.Output;

/// <summary>Hand-built articles that hold every kind of block, shared by the writer tests.</summary>
internal static class OutputSamples
{
    public static readonly Figure Pier = new()
    {
        Src = "https://news.example/img/pier.jpg",
        Alt = "Waves over the pier",
        Caption = "Waves break over the pier at Hull.",
        Credit = "Jane Doe/Reuters",
        Width = 1200,
        Height = 800,
    };

    /// <summary>A small article with a heading, paragraphs, a nested list, a quote, a table, code and a figure.</summary>
    public static Article Rich() => new()
    {
        Title = "Storm hits the coast",
        Url = "https://news.example/storm",
        Language = "en",
        Blocks =
        [
            new ParagraphBlock("The storm reached Hull at dawn."),
            new HeadingBlock(2, "What happened"),
            new ListBlock(false,
            [
                new ListItem("Power cut", [new ListBlock(true, [new ListItem("North"), new ListItem("South")])]),
                new ListItem("Roads closed"),
            ]),
            new QuoteBlock([new ParagraphBlock("We were ready."), new ParagraphBlock("Nobody was hurt.")]),
            new TableBlock([new TableRow(["Town", "Rain (mm)"], true), new TableRow(["Hull", "42"], false)]),
            new CodeBlock("alert(\"storm\");"),
            new FigureBlock(Pier),
            new ParagraphBlock("The café reopens today."),
        ],
        Figures = [Pier],
        Related =
        [
            new RelatedLink("Last year's floods", "https://news.example/floods", RelatedPlacement.Inline),
            new RelatedLink("Weather live", "https://news.example/live", RelatedPlacement.Rail),
        ],
    };

    /// <summary>A successful extraction of <see cref="Rich"/>, with one trace line.</summary>
    public static ExtractionResult RichResult() => new()
    {
        Status = ExtractionStatus.Ok,
        Article = Rich(),
        Trace = [new TraceEntry("PruneBoilerplate", "div.share-bar", "link density 0.92")],
    };

    /// <summary>A failed extraction: a reason and no article.</summary>
    public static ExtractionResult NotHtml() => new()
    {
        Status = ExtractionStatus.NotHtml,
        Reason = "The input starts with a PNG signature.",
    };
}
