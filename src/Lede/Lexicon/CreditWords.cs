namespace Lede.Figures;

/// <summary>
/// The words captions use to name who made a picture, per language, kept as data (as <see cref="Content.PromoLexicon"/>
/// keeps promo labels). In a label, a space stands for any run of whitespace and a colon for an optional space and a
/// colon, so "crédit photo:" also reads the French "Crédit photo : …".
/// </summary>
internal static class CreditLexicon
{
    /// <summary>Labels whose rest is always a credit ("Credit: …", "Image source: …", "© …").</summary>
    public static readonly string[] CreditLabels =
    [
        // English
        "image source:", "image credit:", "image credits:", "image courtesy of", "image courtesy:", "photo credit:", "photo credits:",
        "photo courtesy of", "photo courtesy:", "picture credit:", "picture credits:", "credit:", "credits:", "source:", "courtesy of",
        "courtesy:", "copyright:", "copyright", "©", "(c)",
        // German
        "bildquelle:", "bildnachweis:", "fotonachweis:", "quelle:", "foto ©", "bild ©",
        // French
        "crédit photo:", "crédits photo:", "crédit image:", "crédit:", "crédits:", "photo ©",
        // Spanish
        "crédito de la imagen:", "crédito:", "créditos:", "fuente:", "cortesía de", "cortesía:",
        // Italian
        "credito:", "crediti:", "fonte:", "per gentile concessione di", "courtesy",
        // Portuguese
        "crédito da imagem:", "fonte:", "cortesia de", "cortesia:",
        // Dutch
        "beeldbron:", "bron:", "met dank aan",
    ];

    /// <summary>
    /// Labels that name a picture ("Photo: …", "Foto di …"): their rest is a credit when it reads as a name
    /// ("Photo: Jane Doe/Reuters"), else the label opens a caption ("PHOTO: Crowds gather at dawn.").
    /// </summary>
    public static readonly string[] PictureLabels =
    [
        // English
        "photograph by", "photographs by", "photography by", "photo by", "photos by", "picture by", "pictures by", "image by",
        "illustration by", "photographer:", "photograph:", "photographs:", "photography:", "photo:", "photos:", "picture:",
        "pictures:", "pic:", "pics:", "image:", "images:", "illustration:", "graphic:", "artwork:", "file photo:", "file:",
        // German
        "foto von", "fotos von", "fotograf:", "fotografin:", "foto:", "fotos:", "bild:", "bilder:", "grafik:", "illustration:",
        // French
        "photo de", "photographie:", "photo:", "photos:", "illustration:", "image:",
        // Spanish
        "foto de", "fotos de", "fotografía:", "foto:", "fotos:", "imagen:", "ilustración:",
        // Italian
        "foto di", "fotografia di", "fotografia:", "fotografie:", "immagine:", "illustrazione:", "ph:",
        // Portuguese
        "fotografia:", "imagem:", "ilustração:",
        // Dutch
        "foto door", "foto's:", "beeld:", "afbeelding:", "fotograaf:", "illustratie:",
    ];

    /// <summary>Phrases that are a whole credit, which may close a caption without punctuation ("Jane Doe Submitted photo").</summary>
    public static readonly string[] CreditPhrases =
    [
        "submitted photo", "contributed photo", "courtesy photo", "staff photo", "file photo", "stock photo", "handout photo",
        "photo supplied", "supplied photo", "archive photo", "archivfoto", "archivbild", "foto d'archivio", "foto de archivo",
        "foto de arquivo", "archieffoto", "photo d'archives",
    ];

    /// <summary>Agencies and picture libraries, matched as whole words, case-insensitively.</summary>
    public static readonly string[] Agencies =
    [
        "getty images", "getty", "reuters", "associated press", "agence france-presse", "shutterstock", "alamy", "istock",
        "istockphoto", "bloomberg", "picture alliance", "picture-alliance", "xinhua", "corbis", "imago", "keystone", "belga",
        "europa press", "unsplash", "pexels", "pixabay", "wikimedia commons", "handout", "file photo", "zuma press", "sipa",
        "abaca", "rex features", "nurphoto", "anadolu", "tass", "kyodo", "yonhap", "eyevine", "camera press", "redux",
        "dpa", "reprodução", "archivo", "archiv", "archives", "ansa", "lapresse", "agenzia", "efe", "lusa", "hollandse hoogte",
    ];

    /// <summary>The words of <see cref="Agencies"/>, which a credit may hold in lower case ("picture-alliance", "file photo").</summary>
    public static readonly HashSet<string> AgencyWords = new(
        Agencies.SelectMany(a => a.Split(' ', '-')), StringComparer.OrdinalIgnoreCase);

    /// <summary>Agencies written as capitals ("AP", "AFP"), matched case-sensitively so the words "ap" or "pa" never are.</summary>
    public static readonly string[] AgencyAcronyms = ["AP", "AFP", "PA", "EPA", "EFE", "DPA", "ANP", "ANSA", "UPI", "REX", "AAP", "KNA", "SNS", "APA"];

    /// <summary>Lower-case words a name or an agency may hold ("AFP via Getty Images", "Foto di Mario de Rosa").</summary>
    public static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "via", "for", "of", "the", "and", "by", "at", "on", "de", "di", "da", "do", "dos", "das", "del", "della", "van", "von", "der",
        "den", "du", "le", "la", "les", "y", "e", "et", "und", "en", "para", "per", "pour", "für", "ter", "te", "het", "images", "photo",
        "dpa", "afp", "archiv", "archive", "handout", "plc", "ltd", "inc", "llc", "co", "gmbh", "ag", "sa", "spa", "bv", "nv",
    };
}
