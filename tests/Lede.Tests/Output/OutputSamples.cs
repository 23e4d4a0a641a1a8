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

    /// <summary>
    /// A small article with every metadata field, and a heading, paragraphs, a nested list, a quote, a table, code
    /// and a figure.
    /// </summary>
    public static Article Rich() => new()
    {
        Kind = ArticleKind.Article,
        KindConfidence = 0.97,
        Title = "Storm hits the coast",
        Standfirst = "Hull counts the cost of a night of wind and rain.",
        Description = "A storm cut power and closed roads in Hull overnight.",
        Authors = ["Jane Doe", "Sam Lee"],
        Published = new ArticleDate(new DateOnly(2024, 3, 14), new TimeOnly(6, 30), TimeSpan.Zero),
        Modified = new ArticleDate(new DateOnly(2024, 3, 14), new TimeOnly(9, 5), TimeSpan.FromHours(1)),
        SiteName = "News Example",
        Publisher = "Example Media Ltd",
        Url = "https://news.example/storm",
        CanonicalUrl = "https://news.example/2024/03/14/storm",
        Language = "en",
        Section = "Weather",
        Tags = ["storm", "Hull"],
        License = "https://creativecommons.org/licenses/by/4.0/",
        MainImage = "https://news.example/img/pier.jpg",
        Blocks =
        [
            new ParagraphBlock("The storm reached Hull at dawn."),
            new HeadingBlock(2, "What happened"),
            new ListBlock(false,
            [
                new ListItem("Power cut", [new ListBlock(true, [new ListItem("North"), new ListItem("South")])]),
                new ListItem("Roads closed") { Inlines = [new InlineRun("Roads") { Strong = true }, new InlineRun(" closed")] },
            ]),
            new QuoteBlock([new ParagraphBlock("We were ready."), new ParagraphBlock("Nobody was hurt.")]),
            new TableBlock([new TableRow(["Town", "Rain (mm)"], true), new TableRow(["Hull", "42"], false) { CellInlines = [[], [new InlineRun("42") { Code = true }]] }]),
            new CodeBlock("alert(\"storm\");") { Language = "javascript" },
            new FigureBlock(Pier),
            new ParagraphBlock("The café reopens today.")
            {
                Inlines =
                [
                    new InlineRun("The "),
                    new InlineRun("café") { Link = "https://news.example/cafe" },
                    new InlineRun(" reopens "),
                    new InlineRun("today") { Emphasis = true },
                    new InlineRun("."),
                ],
            },
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
