using System.Text.Json;
using Lede.Cli.Eval;
using Lede.Tests.Golden;

namespace Lede.Tests.Output;

/// <summary>
/// The hand-written JSON writer against System.Text.Json, its oracle: the serializer, given the form's own options
/// and metadata, must write every result byte for byte as the writer does, indented and not.
/// </summary>
public sealed class JsonModelWriterTests
{
    [Fact]
    public void WritesHandBuiltResultsAsTheSerializerDoes()
    {
        foreach (var result in HandBuilt())
            AssertSameAsSerializer(result);
    }

    [Fact]
    public void WritesTheGoldenPagesAndSamplesAsTheSerializerDoes()
    {
        int checkedPages = 0;
        foreach (var slug in GoldenPage.Slugs())
        {
            AssertSameAsSerializer(GoldenPage.Load(slug).Extract().Result);
            checkedPages++;
        }
        foreach (var sample in Directory.GetFiles(RepoFiles.Path("samples"), "*.html"))
        {
            AssertSameAsSerializer(Extractor.Extract(File.ReadAllBytes(sample), options: new ExtractionOptions { Explain = true }));
            checkedPages++;
        }
        Assert.True(checkedPages > 20, $"only {checkedPages} pages were checked");
    }

    [Fact]
    public void WritesACleanedTextWithItsQuotationsAsTheSerializerDoes()
    {
        var result = Extractor.Clean(File.ReadAllText(RepoFiles.Path("samples/seed-article.txt")));
        Assert.NotEmpty(result.Article!.Quotations);
        Assert.Contains(result.Article.Quotations, q => q.Speaker is { InputSpan: not null } && q.Cue is { InputSpan: not null });
        AssertSameAsSerializer(result);
    }

    [SkippableFact]
    public void WritesTheScrapingHubPagesAsTheSerializerDoes()
    {
        var root = SharedData.ScrapingHub;
        Skip.If(root is null, $"the ScrapingHub benchmark data is absent (set {SharedData.EnvironmentVariable} or put shared/benchmarks beside the repository)");
        var pages = Directory.GetFiles(Path.Combine(root, "html"));
        Assert.NotEmpty(pages);
        foreach (var page in pages)
            AssertSameAsSerializer(Extractor.Extract(PageBytes(page)));
    }

    [Fact]
    public void RefusesABlockTypeTheFormDoesNotKnowAsTheSerializerDoes()
    {
        var article = new Article { Blocks = [new ParagraphBlock("Known."), new CallerBlock()] };
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(article, JsonArticleWriter.SerializerOptions(indented: false)));
        Assert.Throws<NotSupportedException>(() => JsonArticleWriter.Write(article, indented: false));
    }

    [Fact]
    public void RefusesAnUndefinedEnumValueAsTheSerializerDoes()
    {
        var article = new Article { Kind = (ArticleKind)42 };
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(article, JsonArticleWriter.SerializerOptions(indented: false)));
        Assert.Throws<JsonException>(() => JsonArticleWriter.Write(article, indented: false));
    }

    private sealed record CallerBlock : Block;

    private static void AssertSameAsSerializer(ExtractionResult result)
    {
        foreach (bool indented in new[] { false, true })
        {
            var options = JsonArticleWriter.SerializerOptions(indented);
            Assert.Equal(JsonSerializer.Serialize(result, options), JsonArticleWriter.Write(result, indented));
            if (result.Article is { } article)
                Assert.Equal(JsonSerializer.Serialize(article, options), JsonArticleWriter.Write(article, indented));
        }
    }

    private static byte[] PageBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!path.EndsWith(".gz", StringComparison.Ordinal)) return bytes;
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        gzip.CopyTo(inflated);
        return inflated.ToArray();
    }

    // Results that between them fill every property of the form, and the characters it escapes.
    private static IEnumerable<ExtractionResult> HandBuilt()
    {
        yield return OutputSamples.RichResult();
        yield return OutputSamples.NotHtml();
        foreach (var status in Enum.GetValues<ExtractionStatus>())
            yield return new ExtractionResult { Status = status, Reason = "read 10 of 20 bytes", Truncated = true, Article = new Article() };
        yield return new ExtractionResult
        {
            Status = ExtractionStatus.Ok,
            Article = OutputSamples.Rich() with
            {
                Kind = ArticleKind.Listing,
                KindConfidence = 0.1 + 0.2,
                Published = new ArticleDate(new DateOnly(2019, 4, 12)),
                Modified = new ArticleDate(new DateOnly(2019, 4, 12), new TimeOnly(10, 30), TimeSpan.FromHours(-5.5)),
                Title = "Quotes \"inside\", a back\\slash, a tab\t, a control \u0001, <b>&amp;</b>, é, no-break\u00a0space, \u2028, emoji 😀",
                Blocks =
                [
                    new QuoteBlock([new QuoteBlock([new HeadingBlock(3, "Deep") { Inlines = [new InlineRun("Deep") { Link = "https://x.example/", Emphasis = true, Strong = true, Code = true }] }])]),
                    new FigureBlock(new Figure()),
                    new CodeBlock("line one\n  line two\n"),
                    new TableBlock([]),
                    new ListBlock(true, []),
                ],
                Quotations =
                [
                    new Quotation
                    {
                        Text = "We will win, and they know it",
                        Span = new TextSpan(10, 31),
                        Parts = [new TextSpan(10, 12), new TextSpan(30, 11)],
                        InputSpan = new TextSpan(110, 31),
                        InputParts = [new TextSpan(110, 12)],
                        Paragraph = 2,
                        Speaker = new QuoteSpeaker("she", new TextSpan(50, 3), "Jane Doe") { InputSpan = new TextSpan(150, 3) },
                        Cue = new QuoteCue("told", CueKind.Written, new TextSpan(54, 4)) { InputSpan = new TextSpan(154, 4) },
                        Addressee = "reporters",
                        Medium = "in a letter",
                        Nested = [new Quotation { Text = "they know it", Span = new TextSpan(29, 12), Speaker = new QuoteSpeaker("a voice", new TextSpan(0, 7), null) }],
                    },
                    new Quotation { Text = "Short", Span = new TextSpan(0, 5), Cue = new QuoteCue("said", CueKind.Spoken, new TextSpan(7, 4)) },
                ],
                People = [new Person { Name = "Jane Doe", Mentions = ["Doe", "she"], MentionSpans = [new TextSpan(50, 3)], QuotationCount = 1 }],
            },
            Trace = [new TraceEntry("Clean", "nav", "navigation"), new TraceEntry("PruneBoilerplate", "div.share \"bar\"", "links 0.9")],
        };
        // Nulls where the model promises none: built by hand, or read from JSON that lacked them (found by fuzzing).
        // The serializer leaves every null out, lists included, but for a list item's text, which its converter writes.
        yield return new ExtractionResult
        {
            Status = ExtractionStatus.Ok,
            Article = new Article
            {
                Authors = null!,
                Tags = ["a", null!],
                Blocks =
                [
                    new ParagraphBlock(null!) { Inlines = [new InlineRun(null!) { Strong = true }] },
                    new HeadingBlock(1, null!),
                    new CodeBlock(null!),
                    new ListBlock(false, [new ListItem(null!)]),
                    new TableBlock([new TableRow(null!, false)]),
                ],
                Figures = null!,
                Related = [new RelatedLink(null!, null, RelatedPlacement.Inline)],
                Quotations =
                [
                    new Quotation
                    {
                        Text = null!,
                        Span = default,
                        Parts = null!,
                        InputParts = null!,
                        Nested = null!,
                        Speaker = new QuoteSpeaker(null!, default, null),
                        Cue = new QuoteCue(null!, CueKind.Spoken, default),
                    },
                ],
                People = [new Person { Name = null!, Mentions = null!, MentionSpans = null! }],
            },
            Trace = [new TraceEntry(null!, null!, null!)],
        };
    }
}
