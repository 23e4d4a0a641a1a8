using Lede.Metadata;
using static Lede.Tests.Metadata.MetaPages;

namespace Lede.Tests.Metadata;

public sealed class LanguageTests
{
    private const string German =
        "<p>Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern. Vier neue Linien sollen ab dem nächsten Frühjahr die östlichen Vororte bedienen, und die Fahrzeiten werden sich für viele Pendler deutlich verkürzen.</p>"
        + "<p>Die Mitglieder des Rates haben mehr als drei Stunden lang über den Plan gestritten, bevor er mit sieben zu zwei Stimmen angenommen wurde. Ein Antrag zu den Fahrpreisen wurde zurückgezogen.</p>"
        + "<p>Der Verkehrsdirektor sagte, dass die neuen Linien die Fahrzeiten für etwa zwölftausend Einwohner um ein Viertel verkürzen würden, wie aus den Zahlen der Stadt hervorgeht.</p>";

    [Theory]
    [InlineData("lang=\"en-us\"", "", "en-US")]
    [InlineData("", "<meta http-equiv=\"content-language\" content=\"pt_BR\">", "pt-BR")]
    [InlineData("", "<meta property=\"og:locale\" content=\"it_IT\">", "it-IT")]
    public void ReadsTheDeclaredLanguage(string htmlAttributes, string head, string expected)
        => Assert.Equal(expected, Read(Page(head: head, body: Short, htmlAttributes: htmlAttributes)).Language);

    [Fact]
    public void ReadsJsonLdInLanguage()
        => Assert.Equal("fr", Read(Page(head: JsonLd("""{"@type": "NewsArticle", "headline": "H", "inLanguage": "fr"}"""), body: Short, htmlAttributes: "")).Language);

    [Fact]
    public void TheTextOverrulesADeclarationItPlainlyContradicts()
        => Assert.Equal("en", Read(Page(head: "<meta property=\"og:locale\" content=\"it_IT\">", htmlAttributes: "")).Language);

    // Too little text to say anything against what the page declares.
    private const string Short = "<p>Metro Daily, 12.04.2019: 4 routes, 12,000 residents, 7:2.</p>";

    [Fact]
    public void DetectsTheLanguageWhenThePageSaysNothing()
    {
        var result = Explain(Page(body: German, htmlAttributes: ""));
        Assert.Equal("de", result.Article!.Language);
        Assert.Contains(result.Trace, t => t.What == "language: de" && t.Why.StartsWith("detected", StringComparison.Ordinal));
    }

    [Fact]
    public void OverrulesATemplatesWrongLanguage() => Assert.Equal("de", Read(Page(body: German, htmlAttributes: "lang=\"en\"")).Language);

    [Fact]
    public void KeepsTheDeclaredLanguageOnThinEvidence() => Assert.Equal("en", Read(Page(body: "<p>Der Stadtrat und die Bürger.</p>", htmlAttributes: "lang=\"en\"")).Language);

    [Theory]
    [InlineData("Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern, und die neuen Linien sollen bald fahren.", "de")]
    [InlineData("Le conseil municipal a voté mardi pour étendre le réseau de bus, et les nouvelles lignes seront dans les banlieues.", "fr")]
    [InlineData("El ayuntamiento votó el martes para ampliar la red de autobuses, y las nuevas líneas llegarán a los barrios del este.", "es")]
    [InlineData("Il consiglio comunale ha votato martedì per ampliare la rete degli autobus, e le nuove linee sono per la periferia.", "it")]
    [InlineData("A câmara municipal votou na terça-feira para ampliar a rede de ônibus, e as novas linhas não são para os bairros do leste.", "pt")]
    [InlineData("De gemeenteraad heeft dinsdag gestemd om het busnetwerk uit te breiden, en de nieuwe lijnen zijn voor de oostelijke wijken.", "nl")]
    [InlineData("The city council voted on Tuesday to expand the bus network, and the new routes will serve the eastern suburbs.", "en")]
    [InlineData("Городской совет во вторник проголосовал за расширение автобусной сети в восточных пригородах.", "ru")]
    [InlineData("市議会は火曜日、バス路線網の拡大を決定した。新しい路線は東部の郊外を結ぶ予定である。", "ja")]
    [InlineData("시의회는 화요일 버스 노선망을 확대하기로 의결했으며 새 노선은 동부 교외를 운행한다.", "ko")]
    public void TellsTheSevenLanguagesAndOtherScripts(string text, string expected) => Assert.Equal(expected, LanguageDetection.Detect(text));

    [Fact]
    public void MakesNoGuessOnTooLittleText() => Assert.Null(LanguageDetection.Detect("Jane Doe, 2019"));
}
