namespace Lede.Metadata;

/// <summary>
/// The words bylines are made of besides names, per language: openers ("By", "Von"), joiners ("and", "und"),
/// job titles ("Staff Writer"), and the words that make a name an organisation ("News", "Press", "Agency").
/// Kept as data so a rule names language, never a site.
/// </summary>
internal static class AuthorWords
{
    /// <summary>Openers, longest first, matched at the start of a byline (case-insensitive, then a space or colon).</summary>
    public static readonly string[] Openers =
    [
        "written and reported by", "reported and written by", "written by", "reported by", "reporting by", "posted by", "story by",
        "words by", "text by", "article by", "published by", "contributed by", "compiled by", "interview by", "review by",
        "geschrieben von", "ein beitrag von", "ein artikel von", "text von", "von", "écrit par", "rédigé par", "par", "escrito por",
        "publicado por", "por", "scritto da", "di", "a cura di", "geschreven door", "door", "by", "from", "text", "autor", "autorin",
        "author", "authors", "auteur", "autore", "reporter", "texto", "tekst", "текст", "автор",
    ];

    /// <summary>Words that join two names ("Jane Doe and John Roe").</summary>
    public static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "und", "et", "y", "e", "en", "with", "mit", "avec", "con", "com", "met",
    };

    /// <summary>Job titles: a part holding one of these is a role, and the words around it with it.</summary>
    public static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "reporter", "editor", "correspondent", "contributor", "columnist", "journalist", "producer", "analyst",
        "photographer", "critic", "intern", "blogger", "author", "host", "anchor", "researcher", "freelancer", "commentator",
        "redakteur", "redakteurin", "korrespondent", "korrespondentin", "autorin", "journaliste", "rédacteur", "rédactrice",
        "correspondant", "correspondante", "periodista", "redactor", "redactora", "corresponsal", "giornalista", "redattore",
        "corrispondente", "jornalista", "repórter", "correspondente", "redacteur", "verslaggever", "editora",
        "editors", "writers", "reporters", "contributors", "columnists", "staffer", "stringer",
        // Korean, Chinese and Japanese: the reporter after the name or before it ("선수민 기자", "記者林宸誼")
        "기자", "特派員",
    };

    /// <summary>Words that qualify a job title ("Senior Political Correspondent"), dropped with it.</summary>
    public static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "senior", "staff", "chief", "contributing", "special", "associate", "executive", "managing", "deputy", "assistant",
        "political", "politics", "business", "sports", "sport", "science", "health", "tech", "technology", "foreign", "national",
        "international", "legal", "news", "digital", "freelance", "guest", "lead", "head", "general", "regional", "local",
        "investigative", "entertainment", "features", "feature", "culture", "travel", "food", "opinion", "economics", "finance",
        "financial", "markets", "education", "environment", "climate", "white", "house", "city", "metro", "copy", "web", "social",
        "media", "video", "photo", "data", "correspondent", "at", "large", "the", "a", "an", "of", "for", "our", "editor",
    };

    /// <summary>Words that make a name an organisation rather than a person.</summary>
    public static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "press", "agency", "staff", "newsroom", "desk", "team", "editors", "editorial", "media", "network", "times",
        "post", "journal", "magazine", "daily", "tribune", "herald", "gazette", "radio", "tv", "television", "channel", "inc",
        "ltd", "llc", "corp", "corporation", "group", "wire", "wires", "service", "reports", "online", "redaktion", "rédaction",
        "redacción", "redazione", "redação", "redactie", "agencia", "agence", "agentur", "nachrichten", "noticias", "notizie",
        "nieuws", "presse", "prensa", "stampa", "imprensa", "associated", "reuters", "afp", "dpa", "ap", "upi", "xinhua", "ansa",
        "efe", "kyodo", "yonhap", "bloomberg", "pa", "anp", "apa", "sda", "epa", "bbc", "cnn", "npr", "admin", "administrator",
        "webmaster", "contributors", "foundation", "institute", "university", "society", "association", "council",
        "committee", "department", "ministry", "company", "partners", "blog", "sport", ".com",
        // authors as a group ("Auswärtige Autoren", "Autor*innen"), newspapers, ministries and police, in the seven languages
        "autoren", "autorinnen", "autor*innen", "auteurs", "autores", "autori", "auteurs", "zeitung", "zeitschrift", "krant",
        "giornale", "diario", "periódico", "jornal", "ministerium", "ministère", "ministerio", "ministero", "ministério",
        "ministerie", "police", "polizei", "policía", "polizia", "polícia", "politie", "bundesamt", "regierung", "gouvernement",
        "gobierno", "governo", "regering",
    };

    /// <summary>The organisation words that end a compound ("Außenministerium", "Landespolizei"): seven letters or more.</summary>
    public static readonly string[] CompoundEnds = [.. OrganisationWords.Where(w => w.Length >= 7 && w.All(char.IsLetter))];

    /// <summary>Words a byline holds after the name that end it: "| Updated 3 hours ago", "Published 12 April".</summary>
    public static readonly HashSet<string> Enders = new(StringComparer.OrdinalIgnoreCase)
    {
        "updated", "published", "posted", "last", "modified", "aktualisiert", "publiziert", "erschienen",
        "veröffentlicht", "publié", "publicado", "pubblicato", "gepubliceerd", "actualizado", "atualizado", "aggiornato",
        "mis", "bijgewerkt", "follow", "email", "e-mail", "twitter", "read", "more", "view", "see", "bio", "profile",
        // a bio's first verb: "Jane Doe is a reporter who covers…"
        "is", "was", "has", "writes", "covers", "ist", "schreibt", "est", "écrit", "es", "escribe", "è", "scrive", "é", "escreve", "schrijft",
    };

    /// <summary>Words that end a byline only when a date follows them: "on April 12", "am 12. April", "le 12 avril".</summary>
    public static readonly HashSet<string> DateConnectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "am", "um", "le", "el", "il", "op", "em", "at", "den", "du",
    };
}
