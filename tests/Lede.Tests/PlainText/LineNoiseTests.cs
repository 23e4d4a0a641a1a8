using Lede.PlainText;

namespace Lede.Tests.PlainText;

/// <summary>Each class of line on its own, in several languages, and story lines that look like them but are not.</summary>
public sealed class LineNoiseTests
{
    [Theory]
    // widget labels and headings
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Anzeige")]
    [InlineData("Publicité")]
    [InlineData("Share this:")]
    [InlineData("Partager :")]
    [InlineData("Teilen:")]
    [InlineData("Recommended for you")]
    [InlineData("More From The Daily Example")]
    [InlineData("Support Example Weekly")]
    [InlineData("Related Stories")]
    [InlineData("More Politics News")]
    // calls to action
    [InlineData("Click here to subscribe")]
    [InlineData("Sign up for our newsletter")]
    [InlineData("Follow us on Twitter and Facebook")]
    [InlineData("Folgen Sie uns auf Instagram")]
    [InlineData("Suivez-nous sur Twitter")]
    [InlineData("Síguenos en Instagram")]
    [InlineData("Seguici su Facebook")]
    [InlineData("Volg ons op X")]
    [InlineData("Subscribe to our daily briefing.")]
    // time stamps
    [InlineData("2 hours ago")]
    [InlineData("Updated 10:32 AM ET")]
    [InlineData("vor 3 Stunden")]
    [InlineData("Il y a 2 heures")]
    [InlineData("hace 2 horas")]
    [InlineData("2 ore fa")]
    [InlineData("há 2 horas")]
    [InlineData("2 uur geleden")]
    [InlineData("Yesterday")]
    [InlineData("5 min read")]
    // notices and navigation
    [InlineData("© 2024 Example Media. All rights reserved.")]
    [InlineData("Copyright 2019 Example Weekly")]
    [InlineData("Tous droits réservés")]
    [InlineData("Home | News | Sport | Weather")]
    [InlineData("About / Advertise / Tip Us / Contact")]
    [InlineData("Accueil · Actualités · Sport")]
    [InlineData("https://example.com/news/story-123")]
    [InlineData("Photo:")]
    [InlineData("▶ ▶")]
    [InlineData("jane.doe@example.com")]
    [InlineData("Tags: city council, bike lanes, parking")]
    [InlineData("Mots-clés : vélo, mairie")]
    public void DropsPageFurniture(string line)
        => Assert.Equal(LineRole.Noise, LineNoise.Classify(line).Role);

    [Theory]
    [InlineData("By Jane Doe", "Byline")]
    [InlineData("Von Max Mustermann", "Byline")]
    [InlineData("Par Jeanne Dupont", "Byline")]
    [InlineData("Jane Doe - Nov 19, 2019, 10:31 pm CST", "Byline")]
    [InlineData("Anna Schmidt | 12. März 2024", "Byline")]
    [InlineData("Published March 4, 2024 6:15 PM EST", "Dateline")]
    [InlineData("Publié le 4 mars 2024", "Dateline")]
    [InlineData("Related: Council delays vote on parking", "Related")]
    [InlineData("(Image source: Instagram/ Jane Doe)", "Credit")]
    public void ReadsMetadataCreditsAndPromos(string line, string role)
        => Assert.Equal(role, LineNoise.Classify(line).Role.ToString());

    [Theory]
    [InlineData("Subscribers to the service rose by a fifth last year, the company said.")]
    [InlineData("Related-party transactions are under review, the regulator said.")]
    [InlineData("Copyright law reform passed the Senate on Tuesday after a long debate.")]
    [InlineData("Source: the company said it would cut 200 jobs by the end of the year.")]
    [InlineData("Sponsorship deals made up most of the club's income.")]
    [InlineData("More than 2,000 people attended the rally on Saturday.")]
    [InlineData("Recommendations for parents include limiting screen time.")]
    [InlineData("Share prices fell sharply after the announcement.")]
    [InlineData("By the end of the year, the plan had stalled.")]
    [InlineData("Two hours later, the police arrived.")]
    [InlineData("The vote was 7-2.")]
    [InlineData("Council Meeting - March 4, 2024")]
    public void KeepsStoryLinesThatLookLikeNoise(string line)
        => Assert.Equal(LineRole.Body, LineNoise.Classify(line).Role);
}
