namespace Lede.Tests.PlainText;

/// <summary>Whole texts through <see cref="Extractor.Clean(string, ExtractionOptions?, CancellationToken)"/>: what each becomes, field by field.</summary>
public sealed class CleanGoldenTests
{
    private static Article Clean(string text)
    {
        var result = Extractor.Clean(text);
        Assert.Equal(ExtractionStatus.Ok, result.Status);
        return result.Article!;
    }

    private static string[] Paragraphs(Article article) => article.Text.Split("\n\n");

    [Fact]
    public void EnglishScrapeKeepsTheStoryAndItsStructure()
    {
        var article = Clean(CleanTexts.English);

        Assert.Equal("City Council Approves New Bike Lanes Downtown", article.Title);
        Assert.Equal("The plan adds twelve miles of protected lanes by 2026 and removes parking on three streets", article.Standfirst);
        Assert.Equal(["Maria Lopez", "Tom Becker"], article.Authors);
        Assert.Equal("2024-03-04T18:15:00-05:00", article.Published?.ToString());
        Assert.Equal("en", article.Language);
        Assert.Collection(article.Blocks,
            b => Assert.StartsWith("The city council voted 7-2", Assert.IsType<ParagraphBlock>(b).Text),
            b => Assert.Equal(new Figure { Caption = "Cyclists gather outside City Hall before the vote on Tuesday.", Credit = "Jane Doe/Reuters" }, Assert.IsType<FigureBlock>(b).Figure),
            b => Assert.StartsWith("Supporters packed the chamber", Assert.IsType<ParagraphBlock>(b).Text),
            b => Assert.Equal(new HeadingBlock(2, "What the plan includes"), b),
            b => Assert.StartsWith("The approved plan calls", Assert.IsType<ParagraphBlock>(b).Text),
            b =>
            {
                var list = Assert.IsType<ListBlock>(b);
                Assert.False(list.Ordered);
                Assert.Equal(["Twelve miles of protected lanes", "New signals at six intersections", "A bike-share expansion in the spring"], list.Items.Select(i => i.Text));
            },
            b => Assert.StartsWith("Opponents said the loss of parking", Assert.IsType<ParagraphBlock>(b).Text));
        Assert.Equal([new RelatedLink("Council delays vote on downtown parking rules", "https://example.com/news/parking-vote", RelatedPlacement.Inline)], article.Related);
        foreach (var noise in new[] { "Advertisement", "Share this", "Click here", "hours ago", "Follow us", "Sign up", "Recommended", "©", "Updated", "By Maria" })
            Assert.DoesNotContain(noise, article.Text);
    }

    [Fact]
    public void GermanScrape()
    {
        var article = Clean(CleanTexts.German);

        Assert.Equal("Stadtrat beschließt neue Radwege in der Innenstadt", article.Title);
        Assert.Null(article.Standfirst);
        Assert.Equal(["Anna Schmidt"], article.Authors);
        Assert.Equal("de", article.Language);
        Assert.Equal(3, Paragraphs(article).Length);
        Assert.Equal([new Figure { Caption = "Radfahrer vor dem Rathaus am Dienstag.", Credit = "dpa" }], article.Figures);
        Assert.Equal([new RelatedLink("Parkgebühren in der Innenstadt steigen im Sommer", null, RelatedPlacement.Inline)], article.Related);
        foreach (var noise in new[] { "Anzeige", "vor 3 Stunden", "Folgen Sie", "Teilen", "Von Anna" })
            Assert.DoesNotContain(noise, article.Text);
    }

    [Fact]
    public void FrenchScrape()
    {
        var article = Clean(CleanTexts.French);

        Assert.Equal("Le conseil municipal adopte de nouvelles pistes cyclables", article.Title);
        Assert.Equal(["Jeanne Dupont"], article.Authors);
        Assert.Equal("2024-03-04T18:15:00", article.Published?.ToString());
        Assert.Equal("fr", article.Language);
        Assert.Equal(3, Paragraphs(article).Length);
        Assert.Equal([new Figure { Caption = "Des cyclistes devant la mairie, mardi.", Credit = "AFP" }], article.Figures);
        Assert.Equal("Le stationnement en centre-ville deviendra payant cet été", Assert.Single(article.Related).Title);
        foreach (var noise in new[] { "Publicité", "Il y a", "Suivez-nous", "Partager", "Crédit" })
            Assert.DoesNotContain(noise, article.Text);
    }

    [Fact]
    public void TextWithoutHeadlineHasNoTitle()
    {
        var article = Clean(CleanTexts.Headless);

        Assert.Null(article.Title);
        Assert.Null(article.Standfirst);
        Assert.Equal("es", article.Language);
        Assert.Equal(3, Paragraphs(article).Length);
        Assert.StartsWith("El ayuntamiento aprobó", article.Text);
        Assert.Equal([new Figure { Credit = "EFE" }], article.Figures);
        Assert.Equal("El aparcamiento en el centro será de pago este verano", Assert.Single(article.Related).Title);
        foreach (var noise in new[] { "Publicidad", "hace 2 horas", "Síguenos", "Foto" })
            Assert.DoesNotContain(noise, article.Text);
    }

    [Fact]
    public void TextOfOnlyNoiseIsEmpty()
    {
        var result = Extractor.Clean(CleanTexts.AllNoise, new ExtractionOptions { Explain = true });

        Assert.Equal(ExtractionStatus.Empty, result.Status);
        Assert.NotNull(result.Reason);
        Assert.Empty(result.Article!.Text);
        // Every line is accounted for in the trace.
        Assert.Equal(9, result.Trace.Count);
    }

    [Fact]
    public void HardWrappedParagraphsAreJoined()
    {
        var article = Clean(CleanTexts.HardWrapped);

        Assert.Equal("Il consiglio comunale approva le nuove piste ciclabili", article.Title);
        Assert.Equal(
        [
            "Il consiglio comunale ha approvato martedì una rete di piste ciclabili protette nel centro della città, dopo un dibattito durato più di due anni.",
            "I sostenitori hanno riempito la sala. Molti di loro hanno raccontato situazioni pericolose con i furgoni delle consegne sulle attuali corsie dipinte.",
            "Gli oppositori sostengono che la soppressione dei parcheggi danneggerà i negozi del centro storico.",
        ], Paragraphs(article));
        Assert.Equal("I parcheggi in centro diventano a pagamento", Assert.Single(article.Related).Title);
        Assert.Equal("it", article.Language);
    }

    [Fact]
    public void ExplainSaysWhyEachLineLeftTheBody()
    {
        var result = Extractor.Clean(CleanTexts.English, new ExtractionOptions { Explain = true });

        Assert.Contains(result.Trace, t => t.What.Contains("“Advertisement”") && t.Why == "a widget label");
        Assert.Contains(result.Trace, t => t.What.Contains("“2 hours ago”") && t.Why == "a time stamp");
        Assert.Contains(result.Trace, t => t.What.Contains("Photo: Jane Doe/Reuters") && t.Why.Contains("credit"));
        Assert.Contains(result.Trace, t => t.What.Contains("Read more:") && t.Why.Contains("related link"));
        Assert.Contains(result.Trace, t => t.What.StartsWith("line 1 ") && t.Why.StartsWith("the headline"));
        // Nothing is traced without being asked for.
        Assert.Empty(Extractor.Clean(CleanTexts.English).Trace);
    }
}
