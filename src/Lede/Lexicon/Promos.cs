namespace Lede.Content;

/// <summary>
/// The words pages use to label what is not the story, per language, kept as data. Lines that start with a
/// promo label ("Related:", "Lire aussi") point elsewhere; widget labels stand alone as short lines or headings.
/// </summary>
internal static class PromoLexicon
{
    /// <summary>Labels that open a line pointing to another article or action.</summary>
    public static readonly string[] PromoPrefixes =
    [
        // English
        "related:", "related story", "related stories", "related article", "related coverage", "related content", "also read", "read also",
        "read more", "read next", "see also", "more:", "more on this", "recommended:", "watch:", "watch more", "listen:",
        "click here", "sign up", "subscribe", "follow us", "follow @", "like us on", "share this", "share on", "share:",
        "advertisement", "sponsored", "image source", "image:", "image credit", "photo:", "photos:", "photo credit", "picture:",
        "credit:", "source:", "getty images", "(getty", "©", "copyright", "all rights reserved", "this article originally appeared",
        "get the latest", "don't miss", "don’t miss", "you may also like", "you might also like", "trending:", "top stories",
        "download the", "join our", "get our", "want more", "for more news",
        // the story's tags, listed after it
        "tags:", "topics:", "schlagworte:", "themen:", "mots-clés", "mots clés", "etiquetas:", "argomenti:", "tópicos:", "onderwerpen:",
        // notices about the page, not the story
        "this slideshow requires javascript", "please enable javascript", "javascript is disabled", "you need to enable javascript",
        "this website uses cookies", "this site uses cookies", "we use cookies", "by continuing to use", "by using this site",
        "this post may contain affiliate", "this article contains affiliate", "this post contains affiliate", "we may earn a commission",
        "affiliate disclosure", "disclosure:", "page last updated", "last updated", "back to top", "you are visitor",
        // German
        "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant", "weiterlesen", "foto:", "bild:", "anzeige",
        "folgen sie uns", "jetzt abonnieren", "newsletter abonnieren", "abonnieren sie", "teilen sie diesen", "teilen:",
        // French
        "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "voir aussi", "publicité",
        "suivez-nous", "abonnez-vous", "inscrivez-vous", "partagez cet", "partager:", "partager :",
        // Spanish
        "leer más", "lee también", "lea también", "ver también", "te puede interesar", "publicidad", "foto:",
        "síguenos", "suscríbete", "suscríbase", "compartir:",
        // Italian
        "leggi anche", "leggi di più", "pubblicità", "seguici", "iscriviti", "condividi:",
        // Portuguese
        "leia também", "leia mais", "veja também", "publicidade", "siga-nos", "inscreva-se", "assine a newsletter", "compartilhe:",
        // Dutch
        "lees ook", "lees meer", "bekijk ook", "advertentie", "volg ons", "schrijf je in", "meld je aan", "deel dit", "delen:",
    ];

    /// <summary>Short lines or headings that are only the label of a widget.</summary>
    public static readonly string[] WidgetLabels =
    [
        "advertisement", "related", "related articles", "related stories", "related posts", "related content", "related news",
        "recommended", "recommended for you", "recommended stories", "you may also like", "you might also like", "more stories",
        "most popular", "most read", "trending", "trending now", "popular", "latest news", "latest stories", "top stories",
        "share", "share this", "share this article", "share this story", "share this post", "comments", "leave a comment",
        "leave a reply", "tags", "topics", "newsletter", "sign up", "subscribe", "follow us", "read more", "more", "next",
        "previous", "back to top", "print", "email", "up next", "editor's picks", "don't miss", "watch", "video", "photos",
        "advert", "adverts", "ad", "ads", "anzeige", "werbung", "publicité", "publicidad", "pubblicità", "publicidade", "advertentie",
        // "Share" in the other six languages, standing alone over a row of buttons
        "teilen", "partager", "compartir", "condividi", "compartilhar", "partilhar", "delen",
    ];

    /// <summary>Words that, opening a short heading, name a widget ("More From The Post", "More in Politics").</summary>
    public static readonly string[] WidgetOpeners = ["more from", "more in", "more on", "more news", "more stories", "more articles", "support "];

    public static bool StartsWithPromo(string text) => StartsWithAny(text, PromoPrefixes);

    /// <summary>"Home | News | Contact": short links or labels separated by bars, with no sentence in them.</summary>
    public static bool IsNavigationLine(string text)
    {
        if (text.Length > 100 || !text.Contains(" | ", StringComparison.Ordinal)) return false;
        foreach (var part in text.Split(" | "))
            if (TextMeasure.CountWords(part) > 5 || part.TrimEnd().EndsWith('.')) return false;
        return true;
    }

    public static bool IsWidgetLabel(string text)
    {
        var t = text.AsSpan().Trim().TrimEnd(":.!… ".AsSpan()); // "Partager :" as French sets it
        foreach (var label in WidgetLabels)
            if (t.Equals(label, StringComparison.OrdinalIgnoreCase)) return true;
        return t.Length <= 40 && StartsWithAny(text, WidgetOpeners);
    }

    private static bool StartsWithAny(string text, string[] prefixes)
    {
        var t = text.AsSpan().TrimStart();
        foreach (var prefix in prefixes)
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
