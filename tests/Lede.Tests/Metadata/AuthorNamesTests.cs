using Lede.Metadata;

namespace Lede.Tests.Metadata;

public sealed class AuthorNamesTests
{
    private static (List<string> People, List<string> Organisations) Read(string raw) => AuthorNames.ReadAll([raw]);

    [Theory]
    [InlineData("By Jane Doe", new[] { "Jane Doe" })]
    [InlineData("BY JANE DOE", new[] { "JANE DOE" })]
    [InlineData("Von Hans Müller und Eva Schmidt", new[] { "Hans Müller", "Eva Schmidt" })]
    [InlineData("Par Jean Dupont et Marie Curie", new[] { "Jean Dupont", "Marie Curie" })]
    [InlineData("Por Ana García y Luis Pérez", new[] { "Ana García", "Luis Pérez" })]
    [InlineData("di Mario Rossi e Anna Bianchi", new[] { "Mario Rossi", "Anna Bianchi" })]
    [InlineData("Door Jan de Vries en Piet Jansen", new[] { "Jan de Vries", "Piet Jansen" })]
    [InlineData("By Jane Doe, John Roe and Ann Poe", new[] { "Jane Doe", "John Roe", "Ann Poe" })]
    [InlineData("Jane Doe & John Roe", new[] { "Jane Doe", "John Roe" })]
    [InlineData("By Jane Doe, Staff Writer", new[] { "Jane Doe" })]
    [InlineData("Jane Doe Senior Political Correspondent", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe | Updated 3 hours ago", new[] { "Jane Doe" })]
    [InlineData("By Jane Doe on April 12, 2019", new[] { "Jane Doe" })]
    [InlineData("Jane Doe Monday, November 18, 2019", new[] { "Jane Doe" })]
    [InlineData("jane@example.com (Jane Doe)", new[] { "Jane Doe" })]
    [InlineData("Jane Doe @janedoe", new[] { "Jane Doe" })]
    [InlineData("Analysis by Jane Doe", new[] { "Jane Doe" })]
    [InlineData("Sarah E. Needleman", new[] { "Sarah E. Needleman" })]
    [InlineData("Jane Doe is a reporter who covers the city council.", new[] { "Jane Doe" })]
    [InlineData("Jane Doe, Jane Doe", new[] { "Jane Doe" })]
    public void CleansBylinesIntoNames(string raw, string[] expected) => Assert.Equal(expected, Read(raw).People);

    [Theory]
    [InlineData("스포츠조선=선수민 기자", new[] { "선수민" })]
    [InlineData("記者林宸誼／即時報導", new[] { "林宸誼" })]
    [InlineData("Ralph Steiner/Carlo Natter", new[] { "Ralph Steiner", "Carlo Natter" })]
    public void ReadsBylinesOfOtherScriptsAndSeparators(string raw, string[] expected) => Assert.Equal(expected, Read(raw).People);

    [Theory]
    [InlineData("ElVallenc.cat")]
    [InlineData("INFORM.KZ")]
    [InlineData("Außenministerium der Republik Österreich")]
    [InlineData("Polizei Steinfurt")]
    [InlineData("Preußische Allgemeine Zeitung")]
    [InlineData("Auswärtige Autoren")]
    public void AddressesInstitutionsAndGroupsAreNoPeople(string raw)
    {
        var (people, organisations) = Read(raw);

        Assert.Empty(people);
        Assert.Single(organisations);
    }

    [Theory]
    [InlineData("Por")]
    [InlineData("Autor")]
    public void AnOpenerLeftAloneIsNoName(string raw) => Assert.Empty(Read(raw).People);

    [Theory]
    [InlineData("Reuters", "Reuters")]
    [InlineData("By The Associated Press", "The Associated Press")]
    [InlineData("AFP", "AFP")]
    [InlineData("Metro News Staff", "Metro News Staff")]
    [InlineData("Jane Doe, Reuters", "Reuters")]
    public void SetsOrganisationsApart(string raw, string organisation)
    {
        var (_, organisations) = Read(raw);
        Assert.Contains(organisation, organisations);
        Assert.DoesNotContain(organisation, Read(raw).People);
    }

    [Theory]
    [InlineData("Staff Writer")]
    [InlineData("the Russian defense ministry")]
    [InlineData("https://www.facebook.com/janedoe")]
    [InlineData("November")]
    [InlineData("12 April 2019")]
    public void FindsNoPersonInWhatIsNoName(string raw) => Assert.Empty(Read(raw).People);
}
