namespace Lede.Figures;

/// <summary>
/// How pages label links to other stories of theirs, per language, kept as data: the labels that open a promo line or
/// title a widget ("Related:", "Also Read:", "More From The Post", "Lire aussi"), and the class words of related
/// rails ("related-posts", "more-from", "recommended"). Site-wide lists ("Trending", "Most read") are not related to
/// the story and are left out.
/// </summary>
internal static class RelatedLexicon
{
    /// <summary>Labels that open a line or title a widget of links to related stories.</summary>
    public static readonly string[] Labels =
    [
        // English
        "related", "also read", "read also", "read more", "read next", "see also", "also see", "more from", "more on", "more in",
        "more about", "more stories", "more articles", "more coverage", "recommended", "you may also like", "you might also like",
        "you may like", "you might like", "you may also be interested", "you might also be interested", "you may be interested",
        "you might be interested", "you may also enjoy", "you might also enjoy", "we recommend", "further reading", "keep reading", "up next", "next up", "don't miss",
        "don’t miss", "in case you missed it", "editor's picks", "editors' picks", "editor’s picks", "more:", "also:",
        // German
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "mehr dazu", "auch interessant", "das könnte sie auch interessieren",
        "weitere artikel", "weiterlesen", "empfehlungen",
        // French
        "lire aussi", "à lire aussi", "a lire aussi", "à lire également", "lire la suite", "voir aussi", "à voir aussi",
        "sur le même sujet", "articles similaires", "dans la même rubrique",
        // Spanish
        "lee también", "lea también", "leer más", "ver también", "te puede interesar", "le puede interesar", "noticias relacionadas",
        "artículos relacionados", "más noticias", "relacionado", "relacionadas",
        // Italian
        "leggi anche", "leggi di più", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati", "correlati",
        // Portuguese
        "leia também", "leia mais", "veja também", "veja mais", "notícias relacionadas", "artigos relacionados", "você pode gostar",
        "relacionadas", "saiba mais",
        // Dutch
        "lees ook", "lees meer", "bekijk ook", "meer over", "gerelateerde artikelen", "gerelateerd", "meer nieuws",
    ];

    /// <summary>Class and id words of a block of links to related stories.</summary>
    private static readonly HashSet<string> ClassWords = new(StringComparer.Ordinal)
    {
        "related", "recommended", "recommendation", "recommendations", "teaser", "teasers", "readmore", "readnext", "alsoread",
        "seealso", "morefrom", "morestories", "upnext", "nextup", "youmightlike", "youmayalsolike", "relatedarticles",
        "relatedposts", "relatedcontent", "relatedstories", "relatedlinks", "crp", "yarpp", "lireaussi", "correlati", "relacionadas",
    };

    /// <summary>Class names written as several words that together name a related block ("more-from", "read-next").</summary>
    private static readonly string[] ClassCompounds = ["morefrom", "readmore", "readnext", "alsoread", "seealso", "morestories", "upnext", "youmay", "youmight"];

    /// <summary>A heading this long or longer is a story's headline, not a widget's title.</summary>
    internal const int MaxHeadingChars = 60;

    /// <summary>The labels by their first letter: a line is compared only with the labels that could open it.</summary>
    private static readonly Dictionary<char, string[]> LabelsByFirstLetter =
        Labels.GroupBy(l => l[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>True when the text opens with a related label: "Related: …", "ALSO READ | …", "Lire aussi : …".</summary>
    public static bool StartsWithLabel(string text)
    {
        var t = text.AsSpan().TrimStart();
        if (t.IsEmpty || !LabelsByFirstLetter.TryGetValue(char.ToLowerInvariant(t[0]), out var candidates)) return false;
        foreach (var label in candidates)
        {
            if (!t.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            // The label must end a word: "Relatedly" and "Recommendations for parents" are text, "Related:" is not.
            if (t.Length == label.Length || !char.IsLetterOrDigit(t[label.Length]) || label[^1] == ':') return true;
        }
        return false;
    }

    /// <summary>Last words of a "More … Stories" title ("More Great WIRED Stories", "More Politics News").</summary>
    private static readonly string[] MoreTitleEnds = ["stories", "articles", "news", "reads", "posts", "videos", "coverage"];

    /// <summary>
    /// True when a short heading titles a widget of related links: "More From The Post", "Related articles", and
    /// "More … Stories".
    /// </summary>
    public static bool IsWidgetTitle(string text)
    {
        if (text.Length >= MaxHeadingChars) return false;
        if (StartsWithLabel(text)) return true;
        var t = text.AsSpan().Trim().TrimEnd(":.!…");
        if (!t.StartsWith("more ", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var end in MoreTitleEnds)
            if (t.EndsWith(end, StringComparison.OrdinalIgnoreCase) && t.Length > end.Length && t[^(end.Length + 1)] == ' ') return true;
        return false;
    }

    /// <summary>True when the element's class or id names a block of related links.</summary>
    public static bool NamesRelated(AngleSharp.Dom.IElement element)
        => NamesRelated(element.GetAttribute("class")) || NamesRelated(element.Id);

    private static bool NamesRelated(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        if (FigureClasses.HasWord(value, ClassWords)) return true;
        // Each class with its separators removed ("more-from__list" gives "morefromlist"), without allocating.
        Span<char> compound = stackalloc char[64];
        int c = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            char ch = i < value.Length ? value[i] : ' ';
            if (ch is ' ' or '\t' or '\n')
            {
                foreach (var known in ClassCompounds)
                    if (compound[..c].Contains(known, StringComparison.Ordinal)) return true;
                c = 0;
            }
            else if (char.IsAsciiLetterOrDigit(ch) && c < compound.Length)
            {
                compound[c++] = char.ToLowerInvariant(ch);
            }
        }
        return false;
    }
}
