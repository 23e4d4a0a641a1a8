namespace Lede.Tests.PlainText;

/// <summary>
/// Scraped texts written for these tests, each in a pattern other than the seed story's: the people, places and
/// publications in them are invented.
/// </summary>
internal static class CleanTexts
{
    /// <summary>English, blank lines between blocks: headline, dek, byline, dateline, captioned photo, subheading, list, promos, footer.</summary>
    public const string English = """
        City Council Approves New Bike Lanes Downtown
        The plan adds twelve miles of protected lanes by 2026 and removes parking on three streets
        By Maria Lopez and Tom Becker
        Published March 4, 2024 6:15 PM EST
        Updated 10:32 AM ET

        Advertisement

        The city council voted 7-2 on Tuesday to approve a network of protected bike lanes downtown, ending a debate that has run for more than two years.

        Cyclists gather outside City Hall before the vote on Tuesday.
        Photo: Jane Doe/Reuters

        Supporters packed the chamber for the vote. Several spoke during the public comment period, describing close calls with delivery trucks on the current painted lanes.

        Share this:
        Click here to subscribe

        What the plan includes

        The approved plan calls for concrete barriers on the busiest streets and new signals at six intersections. The work will be done in phases.
        - Twelve miles of protected lanes
        - New signals at six intersections
        - A bike-share expansion in the spring

        Opponents said the loss of parking would hurt small businesses along the corridor, and two council members asked for a study of the effects before construction begins.

        Read more: Council delays vote on downtown parking rules https://example.com/news/parking-vote

        2 hours ago
        Follow us on Twitter and Facebook
        Sign up for our newsletter
        Recommended for you
        © 2024 Example Daily News. All rights reserved.
        """;

    /// <summary>German: "Von" byline, relative time stamp, "Anzeige", "Foto: dpa" under a caption, "Lesen Sie auch:", follow and share prompts.</summary>
    public const string German = """
        Stadtrat beschließt neue Radwege in der Innenstadt
        Von Anna Schmidt
        vor 3 Stunden

        Der Stadtrat hat am Dienstag mit großer Mehrheit ein Netz geschützter Radwege für die Innenstadt beschlossen. Die Debatte darüber hatte mehr als zwei Jahre gedauert.

        Anzeige

        Radfahrer vor dem Rathaus am Dienstag.
        Foto: dpa

        Die Befürworter füllten den Saal. Mehrere von ihnen berichteten von gefährlichen Situationen mit Lieferwagen auf den bisherigen Radstreifen.

        Lesen Sie auch: Parkgebühren in der Innenstadt steigen im Sommer

        Die Gegner kritisierten, dass durch den Wegfall von Parkplätzen die Geschäfte in der Innenstadt leiden würden. Zwei Mitglieder des Rates forderten eine Untersuchung der Folgen.

        Folgen Sie uns auf Facebook
        Teilen:
        """;

    /// <summary>French: "Par" byline, "Publié le …" dateline, "Publicité", "Crédit photo : AFP", "Lire aussi :", "Il y a 2 heures".</summary>
    public const string French = """
        Le conseil municipal adopte de nouvelles pistes cyclables
        Par Jeanne Dupont
        Publié le 4 mars 2024 à 18h15

        Le conseil municipal a adopté mardi un réseau de pistes cyclables protégées dans le centre-ville, au terme d'un débat qui a duré plus de deux ans.

        Publicité

        Des cyclistes devant la mairie, mardi.
        Crédit photo : AFP

        Les partisans du projet ont rempli la salle. Plusieurs d'entre eux ont raconté des situations dangereuses avec des camions de livraison sur les bandes actuelles.

        Lire aussi : Le stationnement en centre-ville deviendra payant cet été

        Les opposants estiment que la suppression de places de stationnement nuira aux commerces du centre, et deux conseillers ont demandé une étude d'impact avant le début des travaux.

        Il y a 2 heures
        Suivez-nous sur Twitter
        Partager :
        """;

    /// <summary>A paragraph a line, no blank lines, no headline; Spanish noise among the lines.</summary>
    public const string Headless = """
        El ayuntamiento aprobó el martes una red de carriles bici protegidos en el centro, tras un debate que ha durado más de dos años.
        Los partidarios llenaron la sala. Varios de ellos relataron situaciones peligrosas con furgonetas de reparto.
        Publicidad
        (Foto: EFE)
        Lee también: El aparcamiento en el centro será de pago este verano
        Los opositores afirman que la supresión de plazas de aparcamiento perjudicará a los comercios del centro.
        hace 2 horas
        Síguenos en Instagram
        """;

    /// <summary>Nothing but page furniture, in several languages.</summary>
    public const string AllNoise = """
        Advertisement
        Share this:

        Follow us on Instagram
        2 hours ago
        Sign up for our newsletter
        Anzeige
        Lire aussi : Le stationnement deviendra payant cet été
        (Getty Images)
        More From The Post
        """;

    /// <summary>Italian, hard-wrapped at 60 columns with blank lines between paragraphs, CRLF line breaks.</summary>
    public static readonly string HardWrapped = string.Join("\r\n",
        "Il consiglio comunale approva le nuove piste ciclabili",
        "",
        "Il consiglio comunale ha approvato martedì una rete di piste",
        "ciclabili protette nel centro della città, dopo un dibattito",
        "durato più di due anni.",
        "",
        "I sostenitori hanno riempito la sala. Molti di loro hanno",
        "raccontato situazioni pericolose con i furgoni delle consegne",
        "sulle attuali corsie dipinte.",
        "",
        "Leggi anche: I parcheggi in centro diventano a pagamento",
        "",
        "Gli oppositori sostengono che la soppressione dei parcheggi",
        "danneggerà i negozi del centro storico.",
        "");
}
