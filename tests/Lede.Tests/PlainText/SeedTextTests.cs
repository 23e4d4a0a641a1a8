namespace Lede.Tests.PlainText;

/// <summary>samples/seed-article.txt, the sample story as a naive scraper left it: the bar the cleaner must meet.</summary>
public sealed class SeedTextTests
{
    private static readonly Lazy<ExtractionResult> Seed = new(() =>
        Extractor.Clean(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "seed-article.txt")), new ExtractionOptions { Explain = true }));

    private static Article Article => Seed.Value.Article!;

    [Fact]
    public void HeadlineAndStandfirst()
    {
        Assert.Equal(ExtractionStatus.Ok, Seed.Value.Status);
        Assert.Equal("Alec Baldwin and Hilaria Baldwin Open Up About Their Miscarriage", Article.Title);
        Assert.Equal("Hilaria Baldwin has always been open about her pregnancy journey and shared an emotional post with her followers after both her miscarriages.", Article.Standfirst);
        Assert.Equal("en", Article.Language);
    }

    [Fact]
    public void BodyIsTheTenParagraphsWithoutNoise()
    {
        var paragraphs = Article.Text.Split("\n\n");

        Assert.Equal(10, paragraphs.Length);
        Assert.StartsWith("Alec Baldwin and Hilaria Baldwin opened up", paragraphs[0]);
        Assert.Equal("The couple also suffered a miscarriage back in April.", paragraphs[^1]);
        foreach (var noise in new[] { "Image source", "Support Journal Post", "Related:", "Also Read", "alec and hilaria", "More From The Post", "Open Up About" })
            Assert.DoesNotContain(noise, Article.Text);
    }

    [Fact]
    public void ThreeFiguresCreditedWhereThePicturesStood()
    {
        Assert.Equal(3, Article.Figures.Count);
        Assert.All(Article.Figures, f => Assert.Equal("Instagram/ Hilaria Baldwin", f.Credit));
        Assert.All(Article.Figures, f => Assert.Null(f.Caption));
        Assert.Equal("alec and hilaria baldwin", Article.Figures[2].Alt);
        // Each figure stands after the paragraph it followed in the text.
        var kinds = string.Concat(Article.Blocks.Select(b => b is FigureBlock ? 'F' : 'p'));
        Assert.Equal("pFpppFppFpppp", kinds);
    }

    [Fact]
    public void TwoInlineRelatedLinks()
    {
        Assert.Equal(
        [
            new RelatedLink("Alec Baldwin and Wife Hilaria Baldwin has Miscarriage at 4 Months", null, RelatedPlacement.Inline),
            new RelatedLink("Hilaria Baldwin shares the news that she might be having a miscarriage", null, RelatedPlacement.Inline),
        ], Article.Related);
    }

    [Fact]
    public void TraceNamesEveryLineThatLeftTheBody()
    {
        var why = Seed.Value.Trace.ToDictionary(t => t.What[..t.What.IndexOf(' ', 5)], t => t.Why);

        Assert.Equal(10, Seed.Value.Trace.Count);
        Assert.Equal("a widget label", why["line 15"]);
        Assert.Equal("a widget label", why["line 38"]);
        Assert.StartsWith("an image's alt text", why["line 24"]);
        Assert.StartsWith("an image credit", why["line 6"]);
    }
}
